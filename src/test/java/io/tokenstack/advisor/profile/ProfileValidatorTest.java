package io.tokenstack.advisor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenstack.advisor.fixtures.Shipped;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every field's allowed range, the model mix and the catalog ids, on YAML a user would type. */
class ProfileValidatorTest {

    /** The profile format's reference example; each test breaks one line of it. */
    private static final String VALID = """
            name: platform-team
            team:
              developers: 10
              sessionsPerDeveloperDay: 5
              workingDaysPerMonth: 22
              hourlyCostUsd: 100
            session:
              inputTokens:
                shellOutput: 60000
                fileReads: 30000
                searchResults: 8000
                logsAndRag: 10000
                contextFiles: 6000
                conversation: 4000
              outputTokens: 15000
              largestPromptTokens: 90000
              repeatedInputShare: 0.8
              turnsPerSession: 20
              reasoningMultiplier: 1
            models:
              - id: claude-sonnet-4-6
                share: 1.0
            agent: claude-code
            batchableShare: 0.0
            promptCaching: true
            policy:
              localProxyAllowed: true
              defaultOnTelemetryAllowed: true
              contentToThirdPartyAllowed: true
              sourceAvailableLicensesAllowed: true
            evidence: measured
            horizonMonths: 12
            """;

    private static final PriceCatalog PRICES = Shipped.prices();

    private final ProfileReader reader = new ProfileReader();
    private final ProfileValidator validator = new ProfileValidator();

    @Test
    void referenceExampleIsValid() {
        assertThat(problems(VALID)).isEmpty();
    }

    @Test
    void everyShippedProfileIsValid() throws IOException {
        try (Stream<Path> files = Files.list(Shipped.PROFILES)) {
            List<Path> profiles = files.filter(f -> f.toString().endsWith(".yaml")).sorted()
                    .toList();
            assertThat(profiles).hasSizeGreaterThanOrEqualTo(5);
            for (Path file : profiles) {
                assertThat(validator.validate(file.toString(), reader.readFile(file), PRICES))
                        .as(file.toString()).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            developers: 10             | developers: 0               | team.developers
            sessionsPerDeveloperDay: 5 | sessionsPerDeveloperDay: -1 | team.sessionsPerDeveloperDay
            workingDaysPerMonth: 22    | workingDaysPerMonth: 32     | team.workingDaysPerMonth
            hourlyCostUsd: 100         | hourlyCostUsd: -5           | team.hourlyCostUsd
            logsAndRag: 10000          | logsAndRag: -1             | session.inputTokens.logsAndRag
            fileReads: 30000           | fileReads: 100000001        | session.inputTokens.fileReads
            outputTokens: 15000        | outputTokens: -15000        | session.outputTokens
            repeatedInputShare: 0.8    | repeatedInputShare: 1.5     | session.repeatedInputShare
            repeatedInputShare: 0.8    | repeatedInputShare: -0.1    | session.repeatedInputShare
            turnsPerSession: 20        | turnsPerSession: 0          | session.turnsPerSession
            reasoningMultiplier: 1     | reasoningMultiplier: 0.5    | session.reasoningMultiplier
            batchableShare: 0.0        | batchableShare: 1.01        | batchableShare
            horizonMonths: 12          | horizonMonths: 0            | horizonMonths
            """)
    void rangeErrorNamesTheFieldAndTheAllowedRange(String line, String broken, String field) {
        String value = broken.substring(broken.indexOf(':') + 2);

        List<InputProblem> problems = problems(VALID.replace(line, broken));

        assertThat(problems).containsExactly(new InputProblem("p.yaml", field,
                value + " is out of range; allowed: " + RANGES.get(field)));
    }

    /** The allowed ranges, as the validator states them. */
    private static final Map<String, String> RANGES = Map.ofEntries(
            Map.entry("team.developers", "1 to 100000"),
            Map.entry("team.sessionsPerDeveloperDay", "0 to 1000"),
            Map.entry("team.workingDaysPerMonth", "1 to 31"),
            Map.entry("team.hourlyCostUsd", "0 to 10000"),
            Map.entry("session.inputTokens.logsAndRag", "0 to 100000000"),
            Map.entry("session.inputTokens.fileReads", "0 to 100000000"),
            Map.entry("session.outputTokens", "0 to 100000000"),
            Map.entry("session.repeatedInputShare", "0 to 1"),
            Map.entry("session.turnsPerSession", "1 to 10000"),
            Map.entry("session.reasoningMultiplier", "1 to 100"),
            Map.entry("batchableShare", "0 to 1"),
            Map.entry("horizonMonths", "1 to 120"));

    @Test
    void largestPromptCannotExceedTheSessionsInput() {
        List<InputProblem> problems = problems(VALID.replace("largestPromptTokens: 90000",
                "largestPromptTokens: 118001"));

        assertThat(problems).containsExactly(new InputProblem("p.yaml",
                "session.largestPromptTokens", "must be between 0 and the session's input"
                        + " (118000), since one request cannot hold more than all of them"));
    }

    @Test
    void unknownAgentListsTheAllowedOnes() {
        assertThat(problems(VALID.replace("agent: claude-code", "agent: vscode")))
                .containsExactly(new InputProblem("p.yaml", "agent", "'vscode' is not known;"
                        + " allowed: claude-code, cursor, codex, copilot, gemini-cli, aider,"
                        + " api, other"));
    }

    @Test
    void unknownEvidenceLevelListsTheAllowedOnes() {
        assertThat(problems(VALID.replace("evidence: measured", "evidence: vendor")))
                .containsExactly(new InputProblem("p.yaml", "evidence",
                        "'vendor' is not known; allowed: measured, claimed"));
    }

    @Test
    void shareAboveOneIsOutOfRange() {
        assertThat(problems(VALID.replace("share: 1.0", "share: 1.5")))
                .containsExactly(new InputProblem("p.yaml", "models[0].share",
                        "required, greater than 0 and at most 1"));
    }

    @Test
    void negativeShareIsOutOfRange() {
        assertThat(problems(VALID.replace("share: 1.0", "share: -0.2")))
                .containsExactly(new InputProblem("p.yaml", "models[0].share",
                        "required, greater than 0 and at most 1"));
    }

    @Test
    void sharesMustAddUpToOne() {
        String mix = VALID.replace("share: 1.0", "share: 0.5\n  - id: gpt-5.5\n    share: 0.4");

        assertThat(problems(mix)).containsExactly(new InputProblem("p.yaml", "models",
                "shares add up to 0.9; they must add up to 1"));
    }

    @Test
    void thirdsTypedAsDecimalsAddUpToOne() {
        String thirds = VALID.replace("share: 1.0", "share: 0.333\n  - id: gpt-5.5\n"
                + "    share: 0.333\n  - id: claude-opus-4-8\n    share: 0.334");

        assertThat(problems(thirds)).isEmpty();
    }

    @Test
    void modelListedTwiceIsReported() {
        String twice = VALID.replace("share: 1.0",
                "share: 0.5\n  - id: claude-sonnet-4-6\n    share: 0.5");

        assertThat(problems(twice)).containsExactly(new InputProblem("p.yaml", "models[1].id",
                "model 'claude-sonnet-4-6' is listed twice"));
    }

    @Test
    void noModelsIsReported() {
        String none = VALID.replace("  - id: claude-sonnet-4-6\n    share: 1.0\n", "")
                .replace("models:\n", "models: []\n");

        assertThat(problems(none)).containsExactly(new InputProblem("p.yaml", "models",
                "list at least one model with its share of sessions"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "claude-sonet-4-6, claude-sonnet-4-6",
        "gpt5.5, gpt-5.5",
        "Gemini-2.5-Flash, gemini-2.5-flash",
        "deepseek-v3, deepseek-v3.2"})
    void unknownModelSuggestsTheClosestKnownId(String typed, String suggested) {
        assertThat(problems(VALID.replace("id: claude-sonnet-4-6", "id: " + typed)))
                .containsExactly(new InputProblem("p.yaml", "models[0].id", "unknown model '"
                        + typed + "'; did you mean '" + suggested + "'?"));
    }

    @Test
    void unknownModelWithNothingCloseSaysWhereToLook() {
        assertThat(problems(VALID.replace("id: claude-sonnet-4-6", "id: my-own-fine-tune-xyz")))
                .containsExactly(new InputProblem("p.yaml", "models[0].id", "unknown model"
                        + " 'my-own-fine-tune-xyz'; see the models command for known ids"));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String broken = VALID.replace("developers: 10", "developers: 0")
                .replace("agent: claude-code", "agent: vscode")
                .replace("horizonMonths: 12", "horizonMonths: 500");

        assertThat(problems(broken)).extracting(InputProblem::field)
                .containsExactly("team.developers", "agent", "horizonMonths");
    }

    @Test
    void requireValidThrowsWithEveryProblem() {
        TeamProfile profile = read(VALID.replace("developers: 10", "developers: 0")
                .replace("horizonMonths: 12", "horizonMonths: 0"));

        assertThatThrownBy(() -> validator.requireValid("p.yaml", profile, PRICES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(2);
                    assertThat(e.getMessage()).isEqualTo("p.yaml: team.developers: 0 is out of"
                            + " range; allowed: 1 to 100000; p.yaml: horizonMonths: 0 is out of"
                            + " range; allowed: 1 to 120");
                });
    }

    @Test
    void sessionWithoutTokensIsReported() {
        TeamProfile empty = read("""
                name: silent
                models: [{id: gpt-4o, share: 1}]
                session:
                  inputTokens: {shellOutput: 0}
                  outputTokens: 0
                  largestPromptTokens: 0
                """);

        assertThat(validator.validate("p.yaml", empty, PRICES)).containsExactly(
                new InputProblem("p.yaml", "session.inputTokens",
                        "a session needs some input or output tokens"));
    }

    private List<InputProblem> problems(String yaml) {
        return validator.validate("p.yaml", read(yaml), PRICES);
    }

    private TeamProfile read(String yaml) {
        return reader.readYaml("p.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }
}
