package io.tokenstack.advisor.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.advice.Explanation;
import io.tokenstack.advisor.profile.ProfileReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.Shell;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.shell.test.ShellTestClient.InteractiveShellSession;
import org.springframework.shell.test.autoconfigure.AutoConfigureShell;
import org.springframework.shell.test.autoconfigure.AutoConfigureShellTestClient;

/**
 * Drives the interactive shell through a test terminal: what a person types, the advice the
 * shell keeps for follow-up questions, and JSON read back from the screen. Answers are
 * compared as values with what the features compute, not as screen text.
 */
@SpringBootTest(properties = {
        "logging.file.name=target/shell-test/advisor.log",
        "spring.shell.history.name=target/shell-test/history",
        "spring.shell.test.terminal-width=1000",
        "spring.shell.test.terminal-height=400"})
@AutoConfigureShell
@AutoConfigureShellTestClient
class InteractiveShellTest {

    private static final Duration ANSWER = Duration.ofSeconds(60);
    private static final String PROMPT = "advisor:>";

    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Autowired
    private ShellTestClient client;
    @Autowired
    private LastAdvice last;
    @Autowired
    private AdvisorService advisor;
    @Autowired
    private ProfileReader reader;
    @Autowired
    private Shell shell;
    @Autowired
    private ShellContext shellContext;

    /**
     * One session for the whole conversation: the test terminal is shared by the context, so
     * a second session would read the first one's screen.
     */
    @Test
    void aSessionAdvisesExplainsCompletesAndKeepsGoingAfterAMistake() throws Exception {
        // Spring Shell's interactive runner sets this; the test client drives the shell itself.
        shellContext.setInteractionMode(InteractionMode.INTERACTIVE);
        InteractiveShellSession session = client.interactive().run();
        waitFor(session, () -> promptCount(session) == 1);

        run(session, "advise profiles/article-baseline.yaml");
        Advice expected = advisor.advise("profiles/article-baseline.yaml",
                reader.readFile(Path.of("profiles/article-baseline.yaml")));
        assertThat(last.get()).hasValueSatisfying(e -> {
            assertThat(e.advice()).isEqualTo(expected);
            assertThat(e.profile().name()).isEqualTo("article-baseline");
        });

        LastAdvice.Entry advised = last.get().orElseThrow();
        List<String> error = run(session, "advise profiles/no-such.yaml");
        assertThat(error).containsExactly("error: profiles/no-such.yaml: no such file");
        assertThat(last.get()).containsSame(advised);

        String explained = String.join("\n", run(session, "explain 1 --format json"));
        Explanation why = json.readValue(explained, Explanation.class);
        assertThat(why).isEqualTo(Explanation.ofRank(expected, advisor.knowledge().current(),
                1));

        session.write(session.writeSequence().text("advise --model claude-hai\t").build());
        waitFor(session, () -> session.screen().lines().stream()
                .anyMatch(l -> l.startsWith(PROMPT + " advise --model claude-haiku-4-5")));
    }

    @Test
    void commandsOptionsModelIdsToolIdsAndProfileFilesComplete() {
        assertThat(complete("adv")).contains("advise");
        assertThat(complete("advise", "--mo")).contains("--model");
        assertThat(complete("advise", "--model", "claude-h")).contains("claude-haiku-4-5");
        assertThat(complete("compare", "--models", "gpt-4o,o")).contains("gpt-4o,o3",
                "gpt-4o,o4-mini");
        assertThat(complete("explain", "tool", "hea")).contains("headroom", "rtk");
        assertThat(complete("advise", "profiles/art"))
                .contains("profiles/article-baseline.yaml");
        assertThat(complete("advise", "--format", "")).contains("table", "json", "markdown");
    }

    /** Proposals for the last word, as the terminal's TAB asks for them. */
    private List<String> complete(String... words) {
        List<String> list = List.of(words);
        String last = list.get(list.size() - 1);
        return shell.complete(new CompletionContext(list, list.size() - 1, last.length(), null,
                null)).stream().map(CompletionProposal::value).toList();
    }

    /** Types a command, waits for the next prompt, returns the lines printed in between. */
    private static List<String> run(InteractiveShellSession session, String command) {
        int prompts = promptCount(session);
        session.write(session.writeSequence().text(command).carriageReturn().build());
        waitFor(session, () -> promptCount(session) == prompts + 1);
        List<String> lines = session.screen().lines();
        List<String> output = new ArrayList<>();
        boolean inside = false;
        int seen = 0;
        for (String line : lines) {
            if (line.startsWith(PROMPT)) {
                seen++;
                inside = seen == prompts;
                continue;
            }
            if (inside) {
                output.add(line.stripTrailing());
            }
        }
        while (!output.isEmpty() && output.get(output.size() - 1).isEmpty()) {
            output.remove(output.size() - 1);
        }
        return output;
    }

    /** Waits for the terminal; on time-out, shows what the screen held. */
    private static void waitFor(InteractiveShellSession session, Callable<Boolean> condition) {
        try {
            await().atMost(ANSWER).until(condition);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the screen did not get there; it shows:\n"
                    + String.join("\n", session.screen().lines()).stripTrailing(), e);
        }
    }

    private static int promptCount(InteractiveShellSession session) {
        return (int) session.screen().lines().stream().filter(l -> l.startsWith(PROMPT))
                .count();
    }
}
