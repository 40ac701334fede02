package io.tokenstack.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenstack.advisor.compare.CompareRequest;
import io.tokenstack.advisor.compare.CompareService;
import io.tokenstack.advisor.profile.ProfileReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

class CompareControllerTest extends WebSliceTest {

    @Autowired
    CompareService compare;

    @Test
    void rowsAreTheServicesRowsForTheNestedProfileAndOptions() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/compare").contentType("application/json")
                .content(ApiExamples.COMPARE)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        JsonNode rows = body(result);
        assertThat(rows.size()).isEqualTo(3);
        JsonNode opus = rows.get(0);
        assertThat(opus.get("model").asText()).isEqualTo("claude-opus-4-8");
        assertThat(opus.get("stack").toString()).isEqualTo("[\"rtk\",\"headroom\",\"caveman\"]");
        assertThat(opus.get("levers").size()).isZero();
        assertThat(opus.get("rawPerSessionUsd").decimalValue()).isEqualByComparingTo("0.965");
        assertThat(opus.get("perSessionUsd").decimalValue()).isEqualByComparingTo("0.19025");
        // Ten developers in the example's profile.
        assertThat(opus.get("teamMonthUsd").decimalValue()).isEqualByComparingTo("209.28");
        assertThat(opus.get("savedPercent").decimalValue()).isEqualByComparingTo("80.3");
        for (String field : List.of("perDeveloperMonthUsd", "rawPerDeveloperMonthUsd",
                "rawTeamMonthUsd", "savedTeamMonthUsd", "name")) {
            assertThat(opus.has(field)).as(field).isTrue();
        }

        JsonNode nested = json.readTree(ApiExamples.COMPARE).get("profile");
        List<?> expected = compare.compare("expected", new CompareRequest(
                new ProfileReader().readJson("nested",
                        nested.toString().getBytes(StandardCharsets.UTF_8)),
                List.of("rtk", "headroom", "caveman"),
                List.of("claude-opus-4-8", "claude-sonnet-4-6", "claude-haiku-4-5"),
                false, false, "claimed"));
        assertThat(result.getResponse().getContentAsString())
                .isEqualTo(json.writeValueAsString(expected));
    }

    @Test
    void onlyAProfileComparesEveryModelWithTheArticleStack() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/compare").contentType("application/json")
                .content("{\"profile\": " + ApiExamples.ARTICLE_BASELINE + "}")).andReturn();

        JsonNode rows = body(result);
        assertThat(rows.size()).isEqualTo(17);
        rows.forEach(row -> assertThat(row.get("stack").size()).isEqualTo(3));
    }

    @Test
    void aMissingProfileIsNamed() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/compare").contentType("application/json")
                .content("{\"stack\": [\"rtk\"]}")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result).at("/errors/0/field").asText()).isEqualTo("profile");
        assertThat(body(result).at("/errors/0/message").asText())
                .startsWith("required: a team profile object");
    }
}
