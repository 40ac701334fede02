package io.tokenstack.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogControllerTest extends WebSliceTest {

    @Test
    void modelsCarryPricesWithTheirSourceAndDate() throws Exception {
        JsonNode body = body(mvc.perform(get("/api/v1/models")).andReturn());

        assertThat(body.get("knowledgeBaseVersion").asText()).hasSize(12);
        JsonNode opus = find(body.get("models"), "claude-opus-4-8");
        assertThat(opus.at("/base/input").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(opus.at("/base/output").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(opus.at("/base/source/key").asText()).isEqualTo("article");
        assertThat(opus.at("/base/source/asOf").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(opus.at("/cache/source/dateKind").asText()).isEqualTo("snapshot");
        assertThat(opus.at("/batch/input").decimalValue()).isEqualByComparingTo("2.50");
    }

    @Test
    void aReasoningModelShowsItsReasoningBlockNotAFlag() throws Exception {
        JsonNode body = body(mvc.perform(get("/api/v1/models")).andReturn());

        JsonNode o3 = find(body.get("models"), "o3");
        assertThat(o3.get("reasoning").isObject()).isTrue();
        assertThat(o3.at("/reasoning/source/key").asText()).isNotBlank();
        assertThat(find(body.get("models"), "claude-opus-4-8").get("reasoning").isNull())
                .isTrue();
    }

    @Test
    void toolsListEveryToolWithEvidenceAndDataHandling() throws Exception {
        JsonNode body = body(mvc.perform(get("/api/v1/tools")).andReturn());

        List<String> ids = new ArrayList<>();
        body.get("tools").forEach(t -> ids.add(t.get("id").asText()));
        assertThat(ids).contains("rtk", "caveman", "caveman-compress", "headroom", "lean-ctx",
                "cavegemma", "caveman-proxy");
        JsonNode rtk = find(body.get("tools"), "rtk");
        assertThat(rtk.at("/claimed/effects/0/ratio").decimalValue())
                .isEqualByComparingTo("0.80");
        assertThat(rtk.at("/claimed/source").asText()).contains("rtk-ai/rtk");
        assertThat(rtk.at("/data/proxiesTraffic").asBoolean()).isFalse();
        assertThat(rtk.get("licence").asText()).isEqualTo("Apache-2.0");
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode item : list) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }
}
