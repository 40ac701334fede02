package io.tokenstack.advisor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenstack.advisor.pricing.CatalogLoader;
import io.tokenstack.advisor.pricing.ModelPrice;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void aRecordKeepsItsComponentWhenAConvenienceMethodSharesItsName() throws Exception {
        ModelPrice o3 = new CatalogLoader().load(Path.of("pricing", "catalog.yaml")).catalog()
                .find("o3").orElseThrow();

        JsonNode written = new ObjectMapper().readTree(Json.write(o3));

        // ModelPrice.isReasoning() would otherwise write "reasoning": true.
        assertThat(written.get("reasoning").isObject()).isTrue();
        assertThat(written.get("reasoning").get("multiplierMax").decimalValue())
                .isEqualByComparingTo(o3.reasoning().multiplierMax());
    }

    @Test
    void moneyIsWrittenAsThePlainDecimalItIs() {
        assertThat(Json.write(new BigDecimal("1E+1"))).isEqualTo("10");
        assertThat(Json.write(new BigDecimal("2.50"))).isEqualTo("2.50");
    }
}
