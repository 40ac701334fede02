package io.tokenstack.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.knowledge.KnowledgeHolder.Attempt;
import io.tokenstack.advisor.knowledge.RuleProblem;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * A running service with a rules folder of its own: edits are picked up while it serves, and
 * an edit that does not build or fails its scenarios leaves the previous version serving with
 * the error reported at its file and line. The steps run in order against one service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.profiles.active=serve",
        "spring.shell.interactive.enabled=false",
        "spring.shell.noninteractive.enabled=false",
        "advisor.rules.debounce=300ms"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesReloadServeTest {

    /**
     * "Within a few seconds" of a save. On an idle two-core machine a reload takes about a
     * second (BENCHMARKS.md); the bound leaves room for a build machine shared with others.
     */
    private static final Duration LIVE_WITHIN = Duration.ofSeconds(15);
    private static final String PAYS_BACK = "upkeep): pays back in ";
    private static final String BREAKS_EVEN = "upkeep): breaks even in ";

    private static final Path ROOT = createRoot();
    private static final Path RULES = RuleFolders.copy(ROOT);

    @Autowired
    TestRestTemplate http;
    @Autowired
    KnowledgeHolder holder;
    @Autowired
    AdvisorService advisor;
    @Autowired
    RulesService rulesService;

    private static Path createRoot() {
        try {
            return Files.createTempDirectory("rules-reload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("advisor.rules-dir", RULES::toString);
        registry.add("advisor.pricing-file",
                () -> ROOT.resolve("pricing/catalog.yaml").toString());
    }

    @AfterAll
    static void removeFolder() throws IOException {
        FileSystemUtils.deleteRecursively(ROOT);
    }

    private String serving() {
        return holder.loaded().map(Knowledge::version).orElse(null);
    }

    /** Waits for the attempt that follows {@code previous} and returns it with its delay. */
    private Attempt nextAttempt(Attempt previous) {
        await().atMost(LIVE_WITHIN).pollInterval(Duration.ofMillis(50))
                .until(() -> holder.lastAttempt() != previous);
        return holder.lastAttempt();
    }

    private Advice adviseArticleBaseline() {
        TeamProfile profile = new ProfileReader()
                .readFile(Path.of("profiles/article-baseline.yaml"));
        return advisor.advise("article-baseline", profile);
    }

    private static String breakEvenText(Advice advice) {
        return advice.recommendations().get(0).explanation().stream()
                .filter(n -> n.rule().equals("StackPayingBackWithinHorizonIsExplained"))
                .findFirst().orElseThrow().text();
    }

    @Test
    @Order(1)
    void startsWithTheFolderInForceAndItsScenariosPassing() {
        // The start-up check builds the rules in force and runs their scenarios once.
        await().atMost(Duration.ofSeconds(90)).until(() -> rulesService.lastReload().isPresent());
        assertThat(holder.lastAttempt().succeeded()).isTrue();
        assertThat(holder.current().source().origin()).isEqualTo(RULES.toString());

        ResponseEntity<JsonNode> rules = http.getForEntity("/api/v1/rules", JsonNode.class);
        assertThat(rules.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rules.getBody().at("/knowledgeBase/version").asText()).isEqualTo(serving());
        assertThat(rules.getBody().at("/rules/0/name").asText()).isNotBlank();
        assertThat(rules.getBody().at("/rules/0/description").asText()).isNotBlank();
        assertThat(rules.getBody().at("/lastAttempt/succeeded").asBoolean()).isTrue();
    }

    @Test
    @Order(2)
    void validEditIsLiveWithinSecondsAndNoAnswerMixesVersions() throws InterruptedException {
        String before = serving();
        Attempt previous = holder.lastAttempt();
        Map<String, String> textByVersion = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> inconsistent = new ConcurrentLinkedQueue<>();
        AtomicBoolean editing = new AtomicBoolean(true);
        AtomicInteger answers = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(2);
        for (int i = 0; i < 2; i++) {
            clients.execute(() -> {
                while (editing.get()) {
                    Advice advice = adviseArticleBaseline();
                    String version = advice.knowledgeBase().version();
                    String text = breakEvenText(advice);
                    boolean oldText = text.contains("pays back in");
                    if (oldText != version.equals(before)) {
                        inconsistent.add(version + ": " + text);
                    }
                    textByVersion.putIfAbsent(version, text);
                    answers.incrementAndGet();
                }
            });
        }
        long saved = System.nanoTime();
        RuleFolders.edit(RULES.resolve("breakeven.drl"), PAYS_BACK, BREAKS_EVEN);
        Attempt attempt = nextAttempt(previous);
        Duration live = Duration.ofNanos(System.nanoTime() - saved);
        editing.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(attempt.succeeded()).as("%s", attempt.problems()).isTrue();
        assertThat(live).isLessThan(LIVE_WITHIN);
        assertThat(serving()).isNotEqualTo(before).isEqualTo(attempt.version());
        assertThat(breakEvenText(adviseArticleBaseline())).contains("breaks even in 15.3");
        assertThat(inconsistent).isEmpty();
        assertThat(answers.get()).isPositive();
        assertThat(textByVersion.keySet()).isSubsetOf(before, serving());
    }

    @Test
    @Order(3)
    void syntaxErrorLeavesThePreviousVersionServingAndSaysWhere() {
        String before = serving();
        Path batch = RULES.resolve("batch.drl");
        int line = RuleFolders.lineOf(batch, "ProfileFacts( batchableShare == 0 )");
        // A valid change and a typo in one save: once the typo is fixed, the change goes live.
        Attempt previous = holder.lastAttempt();
        RuleFolders.edit(batch, "no batch API: every session", "no batch API here: every session",
                "ProfileFacts( batchableShare == 0 )", "ProfileFacts( batchableShare == )");
        Attempt failed = awaitFailure(previous);

        assertThat(failed.problems()).isNotEmpty();
        RuleProblem first = failed.problems().get(0);
        assertThat(first.file()).isEqualTo("batch.drl");
        assertThat(first.line()).isEqualTo(line);
        assertThat(serving()).isEqualTo(before);
        Advice advice = adviseArticleBaseline();
        assertThat(advice.knowledgeBase().version()).isEqualTo(before);
        assertThat(advice.explanation()).extracting(Advice.Note::text)
                .noneMatch(t -> t.contains("no batch API here"));

        JsonNode rules = http.getForObject("/api/v1/rules", JsonNode.class);
        assertThat(rules.at("/knowledgeBase/version").asText()).isEqualTo(before);
        assertThat(rules.at("/lastAttempt/succeeded").asBoolean()).isFalse();
        assertThat(rules.at("/lastAttempt/errors/0/file").asText()).isEqualTo("batch.drl");
        assertThat(rules.at("/lastAttempt/errors/0/line").asInt()).isEqualTo(line);
        JsonNode health = http.getForObject("/actuator/health/rules", JsonNode.class);
        assertThat(health.at("/status").asText()).isEqualTo("UP");
        assertThat(health.at("/details/version").asText()).isEqualTo(before);
        assertThat(health.at("/details/lastAttempt/succeeded").asBoolean()).isFalse();
        assertThat(health.at("/details/lastAttempt/errors/0").asText())
                .startsWith("batch.drl:" + line + ":");

        Attempt fixedAttempt = holder.lastAttempt();
        RuleFolders.edit(batch, "ProfileFacts( batchableShare == )",
                "ProfileFacts( batchableShare == 0 )");
        Attempt fixed = nextAttempt(fixedAttempt);
        assertThat(fixed.succeeded()).as("%s", fixed.problems()).isTrue();
        assertThat(serving()).isNotEqualTo(before).isEqualTo(fixed.version());
        assertThat(adviseArticleBaseline().explanation()).extracting(Advice.Note::text)
                .anyMatch(t -> t.startsWith("no batch API here"));
    }

    @Test
    @Order(4)
    void unknownFactFieldLeavesThePreviousVersionServingAndSaysWhere() {
        String before = serving();
        Path reasoning = RULES.resolve("reasoning.drl");
        int line = RuleFolders.lineOf(reasoning, "ModelFacts( reasoning )");
        Attempt previous = holder.lastAttempt();
        RuleFolders.edit(reasoning, "ModelFacts( reasoning )", "ModelFacts( reasonning )");
        Attempt failed = awaitFailure(previous);

        assertThat(failed.problems()).extracting(RuleProblem::file, RuleProblem::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reasoning.drl", line));
        assertThat(failed.problems().get(0).message()).contains("reasonning");
        assertThat(serving()).isEqualTo(before);

        Attempt failure = holder.lastAttempt();
        RuleFolders.edit(reasoning, "ModelFacts( reasonning )", "ModelFacts( reasoning )");
        Attempt fixed = nextAttempt(failure);
        assertThat(fixed.succeeded()).isTrue();
        assertThat(serving()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void failingScenarioLeavesThePreviousVersionServingAndSaysWhere() {
        String before = serving();
        Path tools = RULES.resolve("tools.yaml");
        String ratio = "{on: output, ratio: 0.65, source: \"JuliusBrussee/caveman:README.md\"}";
        Path scenario = RULES.resolve("tests/article-full-stack.yaml");
        int line = RuleFolders.lineOf(scenario, "    monthlySavingsUsd: {value: 85.22");
        Attempt previous = holder.lastAttempt();
        RuleFolders.edit(tools, ratio, ratio.replace("0.65", "0.60"));
        Attempt failed = awaitFailure(previous);

        assertThat(failed.problems()).extracting(RuleProblem::oneLine).contains(
                "tests/article-full-stack.yaml:" + line + ":0: top.monthlySavingsUsd: expected"
                        + " 85.22 ± 0.01, got 83.16 (off by -2.06)");
        assertThat(serving()).isEqualTo(before);
        assertThat(adviseArticleBaseline().recommendations().get(0).monthlySavingsUsd())
                .isEqualByComparingTo("85.22");

        Attempt failure = holder.lastAttempt();
        RuleFolders.edit(tools, ratio.replace("0.65", "0.60"), ratio);
        assertThat(nextAttempt(failure).succeeded()).isTrue();
        assertThat(serving()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void priceFileEditIsLiveToo() {
        String before = serving();
        Attempt previous = holder.lastAttempt();
        RuleFolders.edit(ROOT.resolve("pricing/catalog.yaml"), "name: Claude Opus 4.8\n",
                "name: Claude Opus 4.8 (list price)\n");
        Attempt attempt = nextAttempt(previous);
        assertThat(attempt.succeeded()).as("%s", attempt.problems()).isTrue();
        assertThat(serving()).isNotEqualTo(before);
        assertThat(adviseArticleBaseline().baseline().models().get(0).name())
                .isEqualTo("Claude Opus 4.8 (list price)");
    }

    private Attempt awaitFailure(Attempt previous) {
        Attempt attempt = nextAttempt(previous);
        assertThat(attempt.succeeded()).as("the broken edit was put in force").isFalse();
        return attempt;
    }
}
