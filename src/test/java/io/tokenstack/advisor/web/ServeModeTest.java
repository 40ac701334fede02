package io.tokenstack.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenstack.advisor.TokenStackAdvisorApplication;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.profile.ProfileReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The application as {@code serve} runs it, on a real port: the problem body of every error
 * case, the actuator endpoints and the API description.
 */
@SpringBootTest(classes = TokenStackAdvisorApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.shell.interactive.enabled=false",
                "spring.shell.noninteractive.enabled=false",
                "logging.file.name=target/serve-mode-test.log"})
@ActiveProfiles("serve")
class ServeModeTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    AdvisorService advisor;

    @Autowired
    KnowledgeHolder knowledge;

    @Autowired
    ObjectMapper json;

    @Autowired
    ServerProperties server;

    @Autowired
    ApplicationContext context;

    static Iterable<ErrorCase> cases() {
        return ErrorCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyClientErrorIsAProblemOnTheWire(ErrorCase c) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(c.path()));
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body());
        request.method(c.method(), body);
        if (c.contentType() != null) {
            request.header("Content-Type", c.contentType());
        }

        HttpResponse<String> response = send(request.build());

        assertThat(response.statusCode()).isEqualTo(c.status());
        ProblemAssertions.assertProblem(contentType(response), response.body(), c);
    }

    @Test
    void aChunkedBodyOverTheCapIsRefusedToo() throws Exception {
        byte[] big = ErrorCase.profile("\"agent\": \"" + "y".repeat(80 * 1024) + "\"")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/advise"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big)))
                .build();

        HttpResponse<String> response = send(request);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(contentType(response)).isEqualTo("application/problem+json");
        assertThat(json.readTree(response.body()).at("/errors/0/message").asText())
                .startsWith("is larger than 64 KiB");
    }

    @Test
    void aProblemIsSentEvenToAClientThatAsksForHtml() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/v1/nothing"))
                .header("Accept", "text/html").GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(contentType(response)).isEqualTo("application/problem+json");
    }

    @Test
    void adviseAnswersWhatTheServiceAnswers() throws Exception {
        HttpResponse<String> response = post("/api/v1/advise", ApiExamples.ARTICLE_BASELINE);

        assertThat(response.statusCode()).isEqualTo(200);
        String expected = json.writeValueAsString(advisor.advise("expected",
                new ProfileReader().readJson("expected",
                        ApiExamples.ARTICLE_BASELINE.getBytes(StandardCharsets.UTF_8))));
        assertThat(response.body()).isEqualTo(expected);
    }

    @Test
    void concurrentRequestsEachGetTheirOwnProfilesAdvice() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<BigDecimal>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int developers = 1 + i % 16;
                Callable<BigDecimal> call = () -> monthlyCost(developers);
                answers.add(pool.submit(call));
            }
            // The raw article session on Opus costs $106.15 per developer a month.
            for (int i = 0; i < answers.size(); i++) {
                BigDecimal expected = new BigDecimal("106.15")
                        .multiply(BigDecimal.valueOf(1 + i % 16));
                assertThat(answers.get(i).get()).isEqualByComparingTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readinessWaitsForTheKnowledgeBaseAndSaysSo() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                uri("/actuator/health/readiness")).GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json.readTree(response.body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/knowledgeBase/status").asText()).isEqualTo("UP");
        assertThat(knowledge.isLoaded()).isTrue();
    }

    @Test
    void infoNamesTheAppAndKnowledgeBaseVersions() throws Exception {
        JsonNode info = json.readTree(get("/actuator/info").body());

        assertThat(info.at("/app/version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(info.at("/knowledgeBase/version").asText())
                .isEqualTo(knowledge.current().version());
    }

    @Test
    void metricsHoldTheAdviseLatencyTimer() throws Exception {
        post("/api/v1/advise", ApiExamples.ONE_MODEL);

        JsonNode timer = json.readTree(get("/actuator/metrics/advisor.advise").body());

        assertThat(timer.get("baseUnit").asText()).isEqualTo("seconds");
        assertThat(timer.get("measurements").findValuesAsText("statistic"))
                .contains("COUNT", "TOTAL_TIME", "MAX");
        assertThat(timer.at("/measurements/0/value").asDouble()).isGreaterThanOrEqualTo(1);
        HttpResponse<String> p99 = get("/actuator/metrics/advisor.advise.percentile?tag=phi:0.99");
        assertThat(p99.statusCode()).isEqualTo(200);
        assertThat(json.readTree(p99.body()).at("/measurements/0/value").asDouble())
                .isPositive();
    }

    @Test
    void onlyHealthInfoAndMetricsAreExposed() throws Exception {
        for (String hidden : List.of("/actuator/env", "/actuator/beans",
                "/actuator/configprops", "/actuator/shutdown", "/actuator/loggers")) {
            HttpResponse<String> response = get(hidden);
            assertThat(response.statusCode()).as(hidden).isEqualTo(404);
            assertThat(contentType(response)).isEqualTo("application/problem+json");
        }
    }

    @Test
    void anActuatorErrorWithoutABodyGetsAProblemBody() throws Exception {
        HttpResponse<String> response = get("/actuator/metrics/no.such.metric");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(contentType(response)).isEqualTo("application/problem+json");
        assertThat(json.readTree(response.body()).get("instance").asText())
                .isEqualTo("/actuator/metrics/no.such.metric");
    }

    @Test
    void theApiIsDescribedWithTheArticleBaselineAsExample() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode api = json.readTree(response.body());
        assertThat(api.get("openapi").asText()).startsWith("3.");
        JsonNode advise = api.at("/paths/~1api~1v1~1advise/post");
        assertThat(advise.at("/requestBody/content/application~1json/examples"
                + "/article-baseline/value/name").asText()).isEqualTo("article-baseline");
        assertThat(advise.at("/responses/400/content").has("application/problem+json"))
                .isTrue();
        for (String path : List.of("/api/v1/profiles", "/api/v1/profiles/{name}/advice",
                "/api/v1/models", "/api/v1/tools", "/api/v1/compare")) {
            assertThat(api.get("paths").has(path)).as(path).isTrue();
        }
        assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void noShellOrTerminalIsBuiltWhenServing() {
        assertThat(context.getBeanNamesForType(org.jline.terminal.Terminal.class)).isEmpty();
        assertThat(context.getBeanNamesForType(org.springframework.shell.ShellRunner.class))
                .isEmpty();
    }

    @Test
    void theServiceListensOnLoopbackByDefault() {
        assertThat(server.getAddress()).isNotNull();
        assertThat(server.getAddress().isLoopbackAddress()).isTrue();
    }

    private BigDecimal monthlyCost(int developers) throws Exception {
        String profile = "{\"name\": \"team-" + developers + "\", \"team\": {\"developers\": "
                + developers + "}, \"models\": [{\"id\": \"claude-opus-4-8\", \"share\": 1}]}";
        HttpResponse<String> response = post("/api/v1/advise", profile);
        JsonNode advice = json.readTree(response.body());
        assertThat(advice.get("profile").asText()).isEqualTo("team-" + developers);
        return advice.at("/baseline/monthlyCostUsd").decimalValue();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
