package io.tokenstack.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class AdviceControllerTest extends WebSliceTest {

    private static final Path ARTICLE_BASELINE = Path.of("profiles", "article-baseline.yaml");

    @Test
    void advisePostsTheSameAdviceTheServiceGivesForTheProfile() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/advise").contentType("application/json")
                .content(ApiExamples.ARTICLE_BASELINE)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/json");
        TeamProfile profile = new ProfileReader().readFile(ARTICLE_BASELINE);
        Advice expected = advisor.advise("expected", profile);
        // Byte for byte: the same numbers with the same scale, the same order.
        assertThat(result.getResponse().getContentAsString())
                .isEqualTo(json.writeValueAsString(expected));
        JsonNode actual = body(result);
        assertThat(actual.at("/recommendations/0/stack").toString())
                .isEqualTo("[\"rtk\",\"caveman\",\"headroom\"]");
        assertThat(actual.at("/baseline/perSessionUsd").decimalValue())
                .isEqualByComparingTo("0.965");
        assertThat(actual.at("/knowledgeBase/version").asText()).hasSize(12);
    }

    @Test
    void aCharsetOnTheMediaTypeIsAccepted() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/advise")
                .contentType("application/json;charset=UTF-8")
                .content(ApiExamples.ONE_MODEL)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(result).get("profile").asText()).isEqualTo("one-model");
    }

    @Test
    void profilesListsEveryShippedFileWithItsProfile() throws Exception {
        long files;
        try (var list = Files.list(Path.of("profiles"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).count();
        }

        JsonNode profiles = body(mvc.perform(get("/api/v1/profiles")).andReturn());

        assertThat(profiles.size()).isEqualTo((int) files);
        JsonNode baseline = profiles.findParents("name").stream()
                .filter(p -> p.path("file").asText().equals("article-baseline.yaml"))
                .findFirst().orElseThrow();
        assertThat(baseline.get("name").asText()).isEqualTo("article-baseline");
        assertThat(baseline.at("/profile/models/0/id").asText()).isEqualTo("claude-opus-4-8");
        assertThat(baseline.at("/profile/team/sessionsPerDeveloperDay").asInt()).isEqualTo(5);
        assertThat(baseline.has("errors")).isFalse();
    }

    @Test
    void profileAdviceIsTheAdviceForTheShippedFile() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/profiles/article-baseline/advice"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Advice expected = advisor.advise("expected",
                new ProfileReader().readFile(ARTICLE_BASELINE));
        assertThat(result.getResponse().getContentAsString())
                .isEqualTo(json.writeValueAsString(expected));
    }

    @Test
    void adviseFeedsTheLatencyTimer() throws Exception {
        long before = meters.timer("advisor.advise").count();

        mvc.perform(post("/api/v1/advise").contentType("application/json")
                .content(ApiExamples.ONE_MODEL)).andReturn();

        assertThat(meters.timer("advisor.advise").count()).isEqualTo(before + 1);
    }
}
