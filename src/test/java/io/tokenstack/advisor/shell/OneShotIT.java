package io.tokenstack.advisor.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tokenstack.advisor.ArticleTables;
import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.pricing.PriceDiff;
import io.tokenstack.advisor.profile.ProfileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-shot mode as scripts use it: {@code java -jar} on the packaged jar, one command,
 * then stdout, stderr and the exit status. Runs in the integration-test phase, after the jar
 * is built; the home folder is a temporary one so logs and history stay out of the user's.
 */
class OneShotIT {

    private static final Path JAR = Path.of(System.getProperty("advisor.jar",
            "target/token-stack-advisor.jar"));
    private static final Path LITELLM = Path.of("..", "shared", "data", "litellm",
            "model_prices_and_context_window.json");

    @TempDir
    static Path home;

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record Run(int exit, String out, String err) {

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    @BeforeAll
    static void jarIsBuilt() {
        assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run mvn verify, which packages"
                + " the jar before the integration tests");
    }

    @Test
    void adviseAsJsonIsExactlyTheAdviceTheServiceGives() throws Exception {
        Run run = run("advise", "profiles/article-baseline.yaml", "--format", "json");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        Advice printed = json.readValue(run.out(), Advice.class);
        AdvisorService service = new AdvisorService(new KnowledgeHolder(Path.of("rules"),
                Path.of("pricing/catalog.yaml")));
        Advice computed = service.advise("profiles/article-baseline.yaml",
                new ProfileReader().readFile(Path.of("profiles/article-baseline.yaml")));
        assertThat(withoutLoadTime(printed)).isEqualTo(withoutLoadTime(computed));
        assertThat(printed.recommendations().get(0).stack())
                .containsExactlyInAnyOrder("rtk", "headroom", "caveman");
    }

    @Test
    void compareOnTheArticleBaselineGivesTheArticlesPerSessionFiguresForEveryModel()
            throws Exception {
        Run run = run("compare", "profiles/article-baseline.yaml", "--format", "json");

        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        List<CatalogRenderer.CompareRow> rows = json.readValue(run.out(),
                new TypeReference<>() { });
        Map<String, CatalogRenderer.CompareRow> byModel = rows.stream().collect(
                Collectors.toMap(CatalogRenderer.CompareRow::model, Function.identity()));
        List<ArticleTables.Row> article = ArticleTables.perSession();
        assertThat(article).hasSize(16);
        for (ArticleTables.Row printed : article) {
            CatalogRenderer.CompareRow row = byModel.get(printed.model());
            assertThat(row).as(printed.model()).isNotNull();
            assertThat(row.stack()).containsExactly("rtk", "headroom", "caveman");
            assertThat(row.levers()).isEmpty();
            assertThat(row.evidence()).isEqualTo("claimed");
            assertThat(ArticleTables.matches(row.rawPerSessionUsd(), printed.rawPerSession()))
                    .as("%s raw: printed %s, article %s", printed.model(),
                            row.rawPerSessionUsd(), printed.rawPerSession()).isTrue();
            var compressed = printed.corrected() != null ? printed.corrected()
                    : printed.compressedPerSession();
            assertThat(ArticleTables.matches(row.perSessionUsd(), compressed))
                    .as("%s compressed: printed %s, article %s", printed.model(),
                            row.perSessionUsd(), compressed).isTrue();
            if (printed.savedPercent() != null) {
                assertThat(ArticleTables.matches(row.savedPercent(), printed.savedPercent()))
                        .as("%s saved %%", printed.model()).isTrue();
            }
        }
    }

    @Test
    void aMissingProfileFileIsOneLineAndExitTwo() {
        assertUserError(run("advise", "profiles/no-such.yaml"),
                "error: profiles/no-such.yaml: no such file");
    }

    @Test
    void aProfileWithAnErrorNamesFileAndFieldAndExitsTwo(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("broken.yaml");
        Files.writeString(profile, """
                team:
                  developers: 0
                models:
                  - id: claude-opus-4-8
                    share: 1.0
                """);

        Run run = run("advise", profile.toString());

        assertUserError(run, null);
        assertThat(run.err()).contains(profile.toString()).contains("team.developers");
    }

    @Test
    void anUnknownModelIdSuggestsTheNearestAndExitsTwo() {
        assertUserError(run("advise", "--model", "claude-opus-4-9"), "error: command-line"
                + " options: models[0].id: unknown model 'claude-opus-4-9'; did you mean"
                + " 'claude-opus-4-8'?");
    }

    @Test
    void anUnknownToolIdSuggestsTheNearestAndExitsTwo() {
        assertUserError(run("compare", "profiles/article-baseline.yaml", "--stack",
                "rtk,headrom"), "error: option --stack: unknown tool 'headrom'; did you mean"
                + " 'headroom'?");
    }

    @Test
    void anUnknownOptionListsTheCommandsOptionsAndExitsTwo() {
        Run run = run("advise", "profiles/article-baseline.yaml", "--developer", "5");

        assertUserError(run, null);
        assertThat(run.err()).startsWith("error: Unrecognised option '--developer'")
                .contains("--developers");
    }

    @Test
    void anUnknownCommandSuggestsTheNearestAndExitsTwo() {
        assertUserError(run("advice", "profiles/article-baseline.yaml"),
                "error: unknown command 'advice'; did you mean 'advise'?");
    }

    @Test
    void pricingDiffFindsTheArticlesDriftedRows() throws Exception {
        assumeTrue(Files.isRegularFile(LITELLM), "no LiteLLM map at " + LITELLM
                + " (it sits in ../shared beside the project)");

        Run run = run("pricing", "diff", "--litellm", LITELLM.toString(), "--format", "json");

        assertThat(run.exit()).isZero();
        PriceDiff diff = json.readValue(run.out(), PriceDiff.class);
        assertThat(diff.withStatus(PriceDiff.Status.DIFFERENT))
                .extracting(PriceDiff.ModelDiff::modelId)
                .containsExactlyInAnyOrder("o4-mini", "deepseek-v3.2");
    }

    private static void assertUserError(Run run, String line) {
        assertThat(run.exit()).as("exit status; stderr: " + run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        if (line != null) {
            assertThat(run.errLines().get(0)).isEqualTo(line);
        }
    }

    private static Advice withoutLoadTime(Advice a) {
        Advice.KnowledgeBaseInfo kb = a.knowledgeBase();
        return new Advice(a.profile(), new Advice.KnowledgeBaseInfo(kb.version(), null,
                kb.rules(), kb.pricing()), a.evidence(), a.baseline(), a.recommendations(),
                a.notRecommended(), a.excluded(), a.explanation(), a.warnings(), a.firedRules(),
                a.candidatesWeighed());
    }

    private static Run run(String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(home, "out", ".txt");
            Path err = Files.createTempFile(home, "err", ".txt");
            Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("no answer within 120 s: " + command);
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("cannot run " + command, e);
        }
    }
}
