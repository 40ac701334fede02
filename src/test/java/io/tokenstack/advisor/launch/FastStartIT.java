package io.tokenstack.advisor.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenstack.advisor.launch.FastStartFolder.Jvm;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar} on the packaged jar hands shell commands to the JVM of the fast start the
 * build prepared, and nothing a user sees changes: the same answer, error line and exit
 * status as a run in the launched JVM, and the terminal's input reaches the shell. Each run
 * has a home of its own, so the log says which JVM ran it.
 */
class FastStartIT {

    private static final Path JAR = Path.of(System.getProperty("advisor.jar",
            "target/token-stack-advisor.jar"));
    private static final String HANDED_OVER = "Running in the fast start's JVM";
    private static final String LAUNCHED = "Running in the JVM that was launched";

    @TempDir
    Path homes;

    private final ObjectMapper json = new ObjectMapper();

    record Run(int exit, String out, String err, String log) {
    }

    @BeforeAll
    static void theBuildPreparedTheFastStart() {
        assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run mvn verify");
        assumeTrue(!Boolean.getBoolean("advisor.fast-start.skip"), "preparation skipped");
    }

    @Test
    void theBuildsFastStartFitsTheJarAndThisJdk() {
        assertThat(new FastStartFolder(JAR, Jvm.current()).fits()).isTrue();
    }

    @Test
    void aHandedOverCommandGivesTheAnswerTheLaunchedJvmGives() throws Exception {
        Run fast = run("", List.of(), "advise", "profiles/article-baseline.yaml", "--format",
                "json");
        Run here = run("", List.of("-Dadvisor.fast-start=off"), "advise",
                "profiles/article-baseline.yaml", "--format", "json");

        assertThat(fast.log()).contains(HANDED_OVER).doesNotContain(LAUNCHED);
        assertThat(here.log()).contains(LAUNCHED).doesNotContain(HANDED_OVER);
        assertThat(fast.exit()).isZero();
        assertThat(here.exit()).isZero();
        assertThat(fast.err()).isEmpty();
        assertThat(withoutLoadTime(fast.out())).isEqualTo(withoutLoadTime(here.out()));
        assertThat(json.readTree(fast.out()).path("recommendations").size()).isPositive();
    }

    @Test
    void anErrorIsTheSameLineAndStatusAfterAHandOver() throws Exception {
        Run fast = run("", List.of(), "advise", "profiles/nope.yaml");
        Run here = run("", List.of("-Dadvisor.fast-start=off"), "advise", "profiles/nope.yaml");

        assertThat(fast.log()).contains(HANDED_OVER);
        assertThat(fast.exit()).isEqualTo(2).isEqualTo(here.exit());
        assertThat(fast.err()).isEqualTo(here.err()).isEqualTo(
                "error: profiles/nope.yaml: no such file\n");
        assertThat(fast.out()).isEmpty();
    }

    @Test
    void theInteractiveShellReadsTheTerminalsInputThroughAHandOver() throws Exception {
        Run run = run("tools --format json\nquit\n", List.of());

        assertThat(run.log()).contains(HANDED_OVER);
        assertThat(run.exit()).isZero();
        String answer = run.out().substring(run.out().indexOf('['),
                run.out().lastIndexOf(']') + 1);
        List<String> ids = new ArrayList<>();
        json.readTree(answer).forEach(tool -> ids.add(tool.path("id").asText()));
        assertThat(ids).contains("rtk", "headroom", "caveman");
    }

    @Test
    void classSharingTheUserAsksForKeepsTheCommandInTheLaunchedJvm() throws Exception {
        Run run = run("", List.of("-Xshare:auto"), "models", "--format", "json");

        assertThat(run.exit()).isZero();
        assertThat(run.log()).contains(LAUNCHED);
    }

    private static String withoutLoadTime(String advice) throws IOException {
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(advice);
        JsonNode base = tree.path("knowledgeBase");
        if (base instanceof ObjectNode node) {
            node.remove("loadedAt");
        }
        return tree.toString();
    }

    private Run run(String input, List<String> options, String... args) throws Exception {
        Path home = Files.createTempDirectory(homes, "home");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Duser.home=" + home);
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("no answer within 120 s: " + command);
        }
        Path log = home.resolve(".token-stack-advisor").resolve("advisor.log");
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8),
                Files.isRegularFile(log) ? Files.readString(log, StandardCharsets.UTF_8) : "");
    }
}
