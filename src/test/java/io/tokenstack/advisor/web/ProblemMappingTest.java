package io.tokenstack.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ProblemMappingTest extends WebSliceTest {

    static Iterable<ErrorCase> cases() {
        return ErrorCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyClientErrorIsAProblemNamingTheFieldAndWhatIsAllowed(ErrorCase c)
            throws Exception {
        MockHttpServletRequestBuilder call = request(HttpMethod.valueOf(c.method()), c.path());
        if (c.contentType() != null) {
            call.contentType(c.contentType());
        }
        if (c.body() != null) {
            call.content(c.body().getBytes(StandardCharsets.UTF_8));
        }
        MvcResult result = mvc.perform(call).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(c.status());
        ProblemAssertions.assertProblem(result.getResponse().getContentType(),
                result.getResponse().getContentAsString(), c);
    }

    @Test
    void aBugIsA500WithoutDetailsAndTheClientLearnsNothingInternal() throws Exception {
        doThrow(new IllegalStateException("io.tokenstack.advisor.Secret broke"))
                .when(advisor).advise(any(), any());

        MvcResult result = mvc.perform(request(HttpMethod.POST, "/api/v1/advise")
                .contentType("application/json")
                .content(ErrorCase.profile(""))).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(500);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        JsonNode problem = body(result);
        assertThat(problem.get("title").asText()).isEqualTo("Internal Server Error");
        assertThat(problem.get("detail").asText())
                .isEqualTo("The advisor failed to answer; the failure is logged.");
        assertThat(problem.has("errors")).isFalse();
        ProblemAssertions.assertNothingInternal(result.getResponse().getContentAsString());
    }

    @Test
    void severalProblemsAreAllListed() throws Exception {
        String body = "{\"name\": \"t\", \"team\": {\"developers\": 0, \"hourlyCostUsd\": -5},"
                + " \"models\": [{\"id\": \"nope\", \"share\": 1}]}";

        MvcResult result = mvc.perform(request(HttpMethod.POST, "/api/v1/advise")
                .contentType("application/json").content(body)).andReturn();

        JsonNode problem = body(result);
        assertThat(problem.get("detail").asText())
                .isEqualTo("request body: 3 problems; see errors");
        assertThat(problem.get("errors").findValuesAsText("field"))
                .containsExactly("team.developers", "team.hourlyCostUsd", "models[0].id");
    }

    @Test
    void aClientAcceptingOnlyHtmlGets406AsAProblem() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/models").accept("text/html")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(406);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
        assertThat(body(result).at("/errors/0/field").asText()).isEqualTo("Accept");
        assertThat(body(result).at("/errors/0/message").asText())
                .isEqualTo("allowed: application/json");
    }

    @Test
    void theUnusedErrorPathIsAProblemToo() throws Exception {
        MvcResult result = mvc.perform(request(HttpMethod.GET, "/error")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
    }
}
