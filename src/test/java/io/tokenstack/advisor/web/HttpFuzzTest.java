package io.tokenstack.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenstack.advisor.TokenStackAdvisorApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sends ten thousand malformed or mutated requests to a running server: none may answer 5xx,
 * and every client error must carry a problem body. Mutations are seeded, so a failure names
 * a request that can be replayed.
 */
@SpringBootTest(classes = TokenStackAdvisorApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.shell.interactive.enabled=false",
                "spring.shell.noninteractive.enabled=false",
                "logging.file.name=target/serve-mode-test.log"})
@ActiveProfiles("serve")
class HttpFuzzTest {

    static final int REQUESTS = 10_000;
    private static final long SEED = 20261203L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] PATHS = {"/api/v1/advise", "/api/v1/compare",
        "/api/v1/profiles/article-baseline/advice", "/api/v1/profiles/%2e%2e/advice",
        "/api/v1/models", "/api/v1/nope", "/api/v1/advise/", "/api/v1/tools",
        "/api/v1/advise/batch"};
    private static final String[] BODY_PATHS = {"/api/v1/advise", "/api/v1/compare"};
    private static final String[] METHODS = {"POST", "POST", "POST", "GET", "PUT", "DELETE",
        "PATCH"};
    private static final String[] TYPES = {"application/json", "application/json",
        "application/json", "text/plain", "application/xml", "application/json; charset=latin1",
        "multipart/form-data", "application/x-ndjson", ""};

    @LocalServerPort
    int port;

    @Test
    void noMutatedRequestGetsAServerErrorOrAnEmptyProblem() throws Exception {
        String seed = Files.readString(Path.of("profiles/platform-team.yaml"));
        String body = JSON.writeValueAsString(new com.fasterxml.jackson.dataformat.yaml
                .YAMLMapper().readTree(seed));
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .build();
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int clientErrors = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();

        for (int i = 0; i < REQUESTS && failures.size() < 5; i++) {
            // Every other request is a mutated body for a JSON endpoint, so that the body
            // readers get half of the run; the rest mix methods, paths and media types.
            boolean mutatedBody = i % 2 == 0;
            String method = mutatedBody ? "POST" : METHODS[random.nextInt(METHODS.length)];
            String path = mutatedBody ? BODY_PATHS[random.nextInt(BODY_PATHS.length)]
                    : PATHS[random.nextInt(PATHS.length)];
            String type = mutatedBody ? "application/json" : TYPES[random.nextInt(TYPES.length)];
            byte[] payload = mutate(body, random);
            HttpRequest.Builder request = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10))
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(payload));
            if (!type.isEmpty()) {
                request.header("Content-Type", type);
            }
            HttpResponse<String> response = client.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            if (status >= 500) {
                failures.add(i + ": " + method + " " + path + " -> " + status);
            } else if (status >= 400) {
                clientErrors++;
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                JsonNode problem = contentType.startsWith("application/problem+json")
                        ? JSON.readTree(response.body()) : null;
                if (problem == null || !problem.hasNonNull("title")
                        || problem.path("status").asInt() != status) {
                    failures.add(i + ": " + method + " " + path + " -> " + status
                            + " without a problem body");
                }
                if (response.body().contains("Exception") || response.body().contains("at io.")) {
                    failures.add(i + ": " + method + " " + path + " leaks internals");
                }
            }
        }

        // The figures BENCHMARKS.md quotes, kept where a reader of a run can find them.
        Files.writeString(Path.of("target", "http-fuzz.txt"), String.format(Locale.ROOT,
                "requests: %d, seed: %d, seconds: %.1f, failures: %d%nresponses by status: %s%n",
                statuses.values().stream().mapToInt(Integer::intValue).sum(), SEED,
                (System.nanoTime() - started) / 1e9, failures.size(), statuses));
        assertThat(failures).isEmpty();
        assertThat(clientErrors).isGreaterThan(REQUESTS / 2);
    }

    /** One of several ways to break a valid profile, picked at random. */
    static byte[] mutate(String body, Random random) {
        String text = body;
        switch (random.nextInt(12)) {
            case 0 -> text = text.substring(0, random.nextInt(text.length()));
            case 1 -> text = text.replaceFirst("\\d+", "-" + random.nextInt(1000));
            case 2 -> text = text.replaceFirst("\\d+", "\"many\"");
            case 3 -> text = text.replaceFirst("\"share\":1\\.0", "\"share\":0.3");
            case 4 -> text = text.replace("claude-sonnet-4-6", "claude-sonet-4-6");
            case 5 -> text = text.replaceFirst("\\{", "{\"unknownField\":1,");
            case 6 -> text = text.replaceFirst("\\d+", "1" + "0".repeat(30));
            case 7 -> text = "[" + text + "]";
            case 8 -> text = "{".repeat(200 + random.nextInt(2000));
            case 9 -> {
                byte[] bytes = new byte[random.nextInt(2048)];
                random.nextBytes(bytes);
                return bytes;
            }
            case 10 -> text = text.replace("true", "\"yes\"");
            default -> {
                char[] chars = text.toCharArray();
                for (int k = 0; k < 3; k++) {
                    chars[random.nextInt(chars.length)] = (char) (32 + random.nextInt(95));
                }
                text = new String(chars);
            }
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
