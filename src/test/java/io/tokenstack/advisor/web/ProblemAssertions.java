package io.tokenstack.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What every problem response must hold, whichever server sent it. */
final class ProblemAssertions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemAssertions() {
    }

    static void assertProblem(String contentType, String body, ErrorCase c) throws Exception {
        assertThat(contentType).as("content type").isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(c.status());
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("instance").asText()).isEqualTo(c.path());
        if (c.message() != null) {
            JsonNode first = problem.get("errors").get(0);
            assertThat(first.path("message").asText()).contains(c.message());
            if (c.field() == null) {
                assertThat(first.has("field")).as("field of %s", first).isFalse();
            } else {
                assertThat(first.get("field").asText()).isEqualTo(c.field());
            }
        }
        assertNothingInternal(body);
    }

    static void assertNothingInternal(String body) {
        assertThat(body).doesNotContain("Exception", "java.", "io.tokenstack", "\tat ",
                "springframework");
    }
}
