package io.tokenstack.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenstack.advisor.TokenStackAdvisorApplication;
import io.tokenstack.advisor.batch.BatchWriters;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** POST /api/v1/advise/batch against the real server: lines in, lines out, errors per line. */
@SpringBootTest(classes = TokenStackAdvisorApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.shell.interactive.enabled=false",
                "spring.shell.noninteractive.enabled=false",
                "logging.file.name=target/serve-mode-test.log"})
@ActiveProfiles("serve")
class BatchEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    private HttpResponse<String> post(String type, String body) throws Exception {
        return post(type, "*/*", body);
    }

    private HttpResponse<String> post(String type, String accept, String body)
            throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/advise/batch"))
                .header("Content-Type", type).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersEveryLineInOrderThenTheSummary() throws Exception {
        String body = """
                {"name":"one","models":[{"id":"claude-opus-4-8","share":1}]}
                {"name":"typo","models":[{"id":"claude-opus-4-9","share":1}]}
                {"name":"two","models":[{"id":"gpt-4o","share":1}],"agent":"cursor"}
                """;

        HttpResponse<String> response = post("application/x-ndjson", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/x-ndjson");
        List<JsonNode> lines = response.body().lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).path("advice").path("profile").asText()).isEqualTo("one");
        assertThat(lines.get(1).path("errors").get(0).path("field").asText())
                .isEqualTo("models[0].id");
        assertThat(lines.get(1).path("errors").get(0).path("message").asText())
                .contains("did you mean 'claude-opus-4-8'");
        assertThat(lines.get(2).path("advice").path("profile").asText()).isEqualTo("two");
        assertThat(lines.get(3).path("summary").path("advised").asInt()).isEqualTo(2);
        assertThat(lines.get(3).path("summary").path("failed").asInt()).isEqualTo(1);
    }

    @Test
    void aClientThatPrefersCsvGetsTheBatchCommandsRows() throws Exception {
        String body = """
                {"name":"one","models":[{"id":"claude-opus-4-8","share":1}]}
                {"name":"typo","models":[{"id":"claude-opus-4-9","share":1}]}
                """;

        HttpResponse<String> response = post("application/x-ndjson",
                "application/x-ndjson;q=0.5, text/csv", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("text/csv");
        List<String> rows = response.body().lines().toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).isEqualTo(BatchWriters.CSV_HEADER);
        assertThat(rows.get(1)).startsWith("one,");
        assertThat(rows.get(1).split(",", -1)[8]).isEmpty();
        assertThat(rows.get(2)).startsWith("line:2,").contains("did you mean 'claude-opus-4-8'");
    }

    @Test
    void aClientThatAcceptsNeitherFormatGetsANotAcceptableProblem() throws Exception {
        HttpResponse<String> response = post("application/x-ndjson", "application/xml",
                "{\"name\":\"one\",\"models\":[{\"id\":\"gpt-4o\",\"share\":1}]}\n");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
    }

    @Test
    void csvIsChosenOnlyWhenPreferredToJsonLines() {
        assertThat(BatchController.wantsCsv("text/csv")).isTrue();
        assertThat(BatchController.wantsCsv("text/*")).isTrue();
        assertThat(BatchController.wantsCsv("text/csv;q=0.4, application/x-ndjson"))
                .isFalse();
        assertThat(BatchController.wantsCsv("*/*")).isFalse();
        assertThat(BatchController.wantsCsv(null)).isFalse();
        assertThat(BatchController.wantsCsv("not a type")).isFalse();
    }

    @Test
    void aPlainJsonBodyIsAnUnsupportedMediaTypeProblem() throws Exception {
        HttpResponse<String> response = post("application/json", "{}");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .startsWith("application/problem+json");
    }
}
