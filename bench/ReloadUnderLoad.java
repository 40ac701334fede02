import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.knowledge.RuleSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads a running `serve` with concurrent requests while rewriting a rule file, and checks
 * that no request fails and no answer mixes two knowledge bases.
 *
 * The rule file breakeven.drl is flipped between two valid versions, A and B, that differ in
 * one rule's sentence (seen in GET /api/v1/rules) and in the explanation that rule writes
 * (seen in POST /api/v1/advise); every third flip first saves a version that does not build,
 * which must be refused while A or B keeps answering. Each answer's knowledgeBase.version must
 * be A's or B's, and its content must be that version's.
 *
 * Usage: java -cp CLASSPATH bench/ReloadUnderLoad.java BASE_URL RULES_DIR PRICING_FILE
 *        [SECONDS] [CLIENTS] [FLIP_MS]
 */
public class ReloadUnderLoad {

    static final String SENTENCE_A = "states its setup cost, monthly saving and break-even.";
    static final String SENTENCE_B = "states its setup cost, monthly saving and break-even day.";
    static final String TEXT_A = "upkeep): pays back in ";
    static final String TEXT_B = "upkeep): breaks even in ";

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path rules = Path.of(args[1]);
        Path pricing = Path.of(args[2]);
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int clients = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        long flipMs = args.length > 5 ? Long.parseLong(args[5]) : 2000;

        Path drl = rules.resolve("breakeven.drl");
        String a = Files.readString(drl);
        if (!a.contains(SENTENCE_A) || !a.contains(TEXT_A)) {
            throw new IllegalStateException(drl + " is not the shipped breakeven.drl");
        }
        String b = a.replace(SENTENCE_A, SENTENCE_B).replace(TEXT_A, TEXT_B);
        String broken = b.replace("breakEvenWorkingDays == null )", "breakEvenWorkingDays == )");
        String versionA = versionOf(rules, pricing, drl, a);
        String versionB = versionOf(rules, pricing, drl, b);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        ObjectMapper json = new ObjectMapper();
        byte[] profile = json.writeValueAsBytes(new YAMLMapper()
                .readTree(Path.of("profiles/article-baseline.yaml").toFile()));
        boolean advise = probeAdvise(http, base, profile);

        Map<String, AtomicInteger> perVersion = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger requests = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            boolean adviseClient = advise && c % 2 == 1;
            pool.execute(() -> {
                while (running.get()) {
                    long started = System.nanoTime();
                    try {
                        HttpRequest request = adviseClient
                                ? HttpRequest.newBuilder(URI.create(base + "/api/v1/advise"))
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(profile))
                                        .build()
                                : HttpRequest.newBuilder(URI.create(base + "/api/v1/rules"))
                                        .GET().build();
                        HttpResponse<String> response = http.send(request,
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - started);
                        requests.incrementAndGet();
                        if (response.statusCode() != 200) {
                            failures.add("HTTP " + response.statusCode() + " from "
                                    + request.uri());
                            continue;
                        }
                        JsonNode body = json.readTree(response.body());
                        String version = body.at("/knowledgeBase/version").asText();
                        String problem = adviseClient ? checkAdvice(body, version, versionA,
                                versionB) : checkRules(body, version, versionA, versionB);
                        if (problem != null) {
                            failures.add(problem);
                        }
                        perVersion.computeIfAbsent((adviseClient ? "advise " : "rules  ")
                                + version, v -> new AtomicInteger()).incrementAndGet();
                    } catch (Exception e) {
                        failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                    }
                }
            });
        }

        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        int flips = 0;
        int brokenSaves = 0;
        while (System.nanoTime() < end) {
            Thread.sleep(flipMs);
            flips++;
            if (flips % 3 == 0) {
                write(drl, broken);
                brokenSaves++;
                Thread.sleep(flipMs);
            }
            write(drl, flips % 2 == 1 ? b : a);
        }
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        write(drl, a);

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "%d s, %d clients (%s), %d flips A<->B, %d saves that"
                        + " do not build%n", seconds, clients,
                advise ? "half GET /api/v1/rules, half POST /api/v1/advise"
                        : "GET /api/v1/rules only: POST /api/v1/advise is not served",
                flips, brokenSaves);
        System.out.printf(Locale.ROOT, "requests %d, failed or inconsistent %d, latency p50"
                        + " %.1f ms, p99 %.1f ms%n", requests.get(), failures.size(),
                percentile(sorted, 50), percentile(sorted, 99));
        System.out.println("version A " + versionA + ", version B " + versionB);
        new TreeMap<>(perVersion).forEach((key, count) ->
                System.out.println("  answers from " + key + ": " + count));
        failures.stream().limit(10).forEach(f -> System.out.println("  FAILURE " + f));
        System.exit(failures.isEmpty() && requests.get() > 0 ? 0 : 1);
    }

    /** The rules endpoint: the sentence it lists must be the one of the version it names. */
    static String checkRules(JsonNode body, String version, String a, String b) {
        String sentence = null;
        for (JsonNode rule : body.path("rules")) {
            if (rule.path("name").asText().equals("StackPayingBackWithinHorizonIsExplained")) {
                sentence = rule.path("description").asText();
            }
        }
        return consistent("rules", version, sentence, SENTENCE_A, SENTENCE_B, a, b);
    }

    /** The advice: the explanation its top stack carries must be that version's. */
    static String checkAdvice(JsonNode body, String version, String a, String b) {
        String text = null;
        for (JsonNode note : body.at("/recommendations/0/explanation")) {
            if (note.path("rule").asText().equals("StackPayingBackWithinHorizonIsExplained")) {
                text = note.path("text").asText();
            }
        }
        return consistent("advice", version, text, TEXT_A, TEXT_B, a, b);
    }

    static String consistent(String what, String version, String content, String markA,
            String markB, String a, String b) {
        if (!version.equals(a) && !version.equals(b)) {
            return what + ": version " + version + " is neither A nor B";
        }
        if (content == null) {
            return what + ": version " + version + " answered without the rule's text";
        }
        String expected = version.equals(a) ? markA : markB;
        return content.contains(expected) ? null
                : what + ": version " + version + " answered with the other version's text: "
                        + content;
    }

    static boolean probeAdvise(HttpClient http, String base, byte[] profile) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(base + "/api/v1/advise"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(profile)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200;
    }

    /** The version the service will report for the folder with {@code drl} holding text. */
    static String versionOf(Path rules, Path pricing, Path drl, String text) {
        RuleSet set = new KnowledgeLoader().read(rules, pricing);
        Map<String, String> files = new TreeMap<>(set.files());
        files.put(rules.relativize(drl).toString(), text);
        return new RuleSet(set.origin(), files, set.pricingOrigin(), set.pricingText())
                .version();
    }

    /** A rename, as editors save, so the service never reads half a file. */
    static void write(Path file, String text) throws Exception {
        Path next = file.resolveSibling("." + file.getFileName() + ".next");
        Files.writeString(next, text);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
