package io.tokenstack.advisor.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.pricing.LiteLlmImport.SkipReason;
import io.tokenstack.advisor.pricing.PriceDiff.FieldDiff;
import io.tokenstack.advisor.pricing.PriceDiff.ModelDiff;
import io.tokenstack.advisor.pricing.PriceDiff.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PriceDiffTest {

    private static final PriceSource LIST =
            new PriceSource("list", "Example list", "example", "2026-01-01", "published");
    private static final PriceSource MAP =
            new PriceSource("map", "Example map", "map.json", "2026-07-24", "snapshot");

    private final CatalogLoad shipped = new CatalogLoader().loadPackaged(false);

    @Test
    void theArticlesO4MiniAndDeepSeekV32RowsHaveDrifted() {
        PriceDiff diff = PriceDiff.compare(shipped, RealLiteLlmMap.imported());

        ModelDiff o4mini = diff.find("o4-mini").orElseThrow();
        assertThat(o4mini.status()).isEqualTo(Status.DIFFERENT);
        assertThat(o4mini.fields()).extracting(FieldDiff::field)
                .containsExactly("input", "output", "cacheRead");
        FieldDiff input = o4mini.field("input").orElseThrow();
        assertThat(input.catalogValue()).isEqualByComparingTo("0.55");
        assertThat(input.importedValue()).isEqualByComparingTo("1.10");
        assertThat(input.catalogSource().key()).isEqualTo("article");
        assertThat(input.importedSource().key()).isEqualTo("litellm-2026-07-24");

        ModelDiff deepseek = diff.find("deepseek-v3.2").orElseThrow();
        assertThat(deepseek.status()).isEqualTo(Status.DIFFERENT);
        assertThat(deepseek.litellmKey()).isEqualTo("deepseek/deepseek-v3.2");
        assertThat(deepseek.field("output").orElseThrow().importedValue())
                .isEqualByComparingTo("0.40");
        assertThat(deepseek.field("cacheRead").orElseThrow().catalogSource().key())
                .isEqualTo("deepseek-cache-rule");
    }

    @Test
    void mostOfTheArticlesRowsStillMatchTheMap() {
        PriceDiff diff = PriceDiff.compare(shipped, RealLiteLlmMap.imported());

        assertThat(diff.find("claude-sonnet-4-6").orElseThrow().status()).isEqualTo(Status.SAME);
        assertThat(diff.withStatus(Status.DIFFERENT)).extracting(ModelDiff::modelId)
                .containsExactly("o4-mini", "deepseek-v3.2");
        assertThat(diff.withStatus(Status.SAME)).hasSize(13);
    }

    @Test
    void saysWhyAModelIsMissingFromTheImport() {
        PriceDiff diff = PriceDiff.compare(shipped, RealLiteLlmMap.imported());

        assertThat(diff.withStatus(Status.NOT_IN_IMPORT)).extracting(ModelDiff::modelId,
                ModelDiff::skipReason).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("claude-opus-4-8-fast", null),
                        org.assertj.core.groups.Tuple.tuple("gpt-5.5-pro",
                                SkipReason.OTHER_MODE));
    }

    @Test
    void aCacheReadOnOneSideOnlyIsADifference() {
        ModelPrice ours = model("m", "1.00", "2.00", null);
        ModelPrice theirs = model("m", "1", "2.0", new CacheRates(new BigDecimal("0.1"), null,
                null, MAP));

        PriceDiff diff = PriceDiff.compare(new PriceCatalog(List.of(ours), "catalog"),
                Map.of(), imported(theirs));

        ModelDiff m = diff.find("m").orElseThrow();
        assertThat(m.fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("cacheRead");
            assertThat(f.catalogValue()).isNull();
            assertThat(f.catalogSource()).isNull();
            assertThat(f.importedValue()).isEqualByComparingTo("0.1");
        });
    }

    @Test
    void looksModelsUpUnderTheirLiteLlmKey() {
        ModelPrice ours = model("m", "1.00", "2.00", null);
        ModelPrice theirs = model("vendor/m-2026", "1.50", "2.00", null);
        PriceCatalog catalog = new PriceCatalog(List.of(ours), "catalog");

        assertThat(PriceDiff.compare(catalog, imported(theirs)).find("m").orElseThrow()
                .status()).isEqualTo(Status.NOT_IN_IMPORT);
        ModelDiff m = PriceDiff.compare(catalog, Map.of("m", "vendor/m-2026"), imported(theirs))
                .find("m").orElseThrow();
        assertThat(m.status()).isEqualTo(Status.DIFFERENT);
        assertThat(m.fields()).extracting(FieldDiff::field).containsExactly("input");
    }

    private static ModelPrice model(String id, String input, String output, CacheRates cache) {
        PriceSource source = cache == null ? LIST : MAP;
        return new ModelPrice(id, "example", id, null,
                new TokenRates(new BigDecimal(input), new BigDecimal(output), source), cache,
                null, null, null, null, null);
    }

    private static LiteLlmImport imported(ModelPrice... models) {
        return new LiteLlmImport(new PriceCatalog(List.of(models), "map.json"), MAP, Map.of());
    }
}
