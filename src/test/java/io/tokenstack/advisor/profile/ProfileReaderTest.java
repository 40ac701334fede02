package io.tokenstack.advisor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the reader refuses before validation: text that is not a profile, typos in field
 * names, and hostile input. Every refusal is one {@link InputProblem} a user can read: no
 * class names, no stack traces.
 */
class ProfileReaderTest {

    /** Refusing hostile input must not cost a user-visible pause. */
    private static final Duration QUICKLY = Duration.ofSeconds(2);

    private final ProfileReader reader = new ProfileReader();

    @Test
    void readsAMinimalProfileWithTheArticlesDefaults() {
        TeamProfile profile = yaml("models: [{id: gpt-4o, share: 1}]\n");

        assertThat(profile.session().inputTokens().total()).isEqualTo(118_000L);
        assertThat(profile.session().outputTokens()).isEqualTo(15_000L);
        assertThat(profile.team().sessionsPerDeveloperMonth()).isEqualByComparingTo("110");
        assertThat(profile.models()).singleElement()
                .satisfies(m -> assertThat(m.share()).isEqualByComparingTo("1"));
    }

    @Test
    void readsJson() {
        TeamProfile profile = reader.readJson("body", """
                {"name": "api-team", "models": [{"id": "gpt-4o", "share": 1}], "agent": "api"}
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(profile.name()).isEqualTo("api-team");
        assertThat(profile.agent()).isEqualTo("api");
    }

    static Stream<Arguments> typos() {
        return Stream.of(
                Arguments.of("team:\n  developer: 10", "team.developer",
                        "unknown field 'developer'; allowed: developers, hourlyCostUsd,"
                                + " sessionsPerDeveloperDay, workingDaysPerMonth"),
                Arguments.of("promptCache: true", "promptCache",
                        "unknown field 'promptCache'; allowed: agent, batchableShare, evidence,"
                                + " horizonMonths, models, name, policy, promptCaching,"
                                + " servesOwnGemma, session, team"),
                Arguments.of("session:\n  inputTokens:\n    shell: 5",
                        "session.inputTokens.shell", "unknown field 'shell'; allowed:"
                                + " contextFiles, conversation, fileReads, logsAndRag,"
                                + " searchResults, shellOutput"),
                Arguments.of("models:\n  - {id: gpt-4o, shares: 1}", "models[0].shares",
                        "unknown field 'shares'; allowed: id, share"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("typos")
    void unknownFieldIsAnErrorSoTyposAreCaught(String text, String field, String message) {
        assertRefused(text, field, message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            team:\\n  developers: ten         | team.developers   | 'ten' is not a whole number
            team:\\n  developers: 2.5         | team.developers   | '2.5' is not a whole number
            promptCaching: maybe              | promptCaching     | 'maybe' is not true or false
            models: gpt-4o                    | models            | expected a list
            """)
    void nonNumericValueNamesTheFieldAndTheExpectedKind(String text, String field,
            String message) {
        assertRefused(text.replace("\\n", "\n"), field, message);
    }

    @Test
    void wordsForAShareAreNotANumber() {
        assertRefused("session:\n  repeatedInputShare: lots\n", "session.repeatedInputShare",
                "'lots' is not a number");
    }

    @Test
    void aDuplicateKeyInJsonIsRefusedAsInYaml() {
        assertThatThrownBy(() -> reader.readJson("body", ("{\"name\": \"a\", \"name\": \"b\","
                + " \"models\": []}").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(io.tokenstack.advisor.support.InvalidInputException.class)
                .hasMessageContaining("Duplicate field 'name'");
    }

    @Test
    void aTeamTooLargeForItsFieldNamesTheField() {
        assertRefused("team:\n  developers: 99999999999999\n", "team.developers",
                "number out of range; see the profile reference for allowed values");
    }

    @Test
    void aTenMegabyteFileIsRefusedBeforeItIsRead() throws Exception {
        java.nio.file.Path big = java.nio.file.Files.createTempFile("huge", ".yaml");
        try {
            java.nio.file.Files.write(big, new byte[10 * 1024 * 1024]);

            assertThatThrownBy(() -> assertTimeoutPreemptively(QUICKLY,
                    () -> reader.readFile(big)))
                    .isInstanceOf(io.tokenstack.advisor.support.InvalidInputException.class)
                    .hasMessageContaining("is larger than 256 KiB");
        } finally {
            java.nio.file.Files.delete(big);
        }
    }

    static Stream<Arguments> notYaml() {
        String notValid = "not a valid YAML profile (line 1, column 5): ";
        return Stream.of(
                Arguments.of("name: 'unterminated", notValid + "while scanning a quoted scalar"),
                Arguments.of("a: b: c", notValid + "mapping values are not allowed here"),
                Arguments.of("team:\n\tdevelopers: 1",
                        notValid + "while scanning for the next token"),
                Arguments.of("just some words", "expected an object with fields"),
                Arguments.of("<html><body>hello</body></html>", "expected an object with fields"),
                Arguments.of("[1, 2]", "expected an object with fields"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notYaml")
    void textThatIsNotAYamlProfileIsRefused(String text, String message) {
        assertRefused(text, null, message);
    }

    @Test
    void duplicateKeyIsRefused() {
        assertRefused("team:\n  developers: 1\n  developers: 10\n", "team",
                "Duplicate field 'developers'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty            | ''
            blank            | '   \\n\\n  '
            only a comment   | '# nothing here\\n'
            """)
    void emptyFileIsRefused(String what, String text) {
        assertThatThrownBy(() -> yaml(text.replace("\\n", "\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).field()).isNull();
                    assertThat(e.problems().get(0).message()).isIn(
                            "is empty; a profile needs at least models",
                            "expected an object with fields");
                });
    }

    @Test
    void binaryDataIsRefused() {
        byte[] bytes = {'n', 'a', 'm', 'e', ':', ' ', 0, 1, 2, 3, '\n'};

        assertRefusedBytes(bytes, "holds binary data; a profile is UTF-8 text");
    }

    @Test
    void imageBytesAreRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

        assertRefusedBytes(png, "is not UTF-8 text; save the profile as UTF-8");
    }

    @Test
    void latin1TextIsRefused() {
        byte[] latin1 = "name: caf\u00e9-team\n".getBytes(StandardCharsets.ISO_8859_1);

        assertRefusedBytes(latin1, "is not UTF-8 text; save the profile as UTF-8");
    }

    @Test
    void utf16TextIsRefused() {
        byte[] utf16 = "name: team\n".getBytes(StandardCharsets.UTF_16);

        assertRefusedBytes(utf16, "is not UTF-8 text; save the profile as UTF-8");
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        byte[] bom = "\uFEFFname: bom-team\n".getBytes(StandardCharsets.UTF_8);

        assertThat(reader.readYaml("p.yaml", bom).name()).isEqualTo("bom-team");
    }

    @Test
    void oversizedInputIsRefusedBeforeParsing() {
        byte[] huge = ("name: x\n# " + "x".repeat(ProfileReader.MAX_BYTES) + "\n")
                .getBytes(StandardCharsets.UTF_8);

        assertRefusedBytes(huge, "is larger than 256 KiB; a profile is a few hundred bytes");
    }

    /** The classic "billion laughs": nine levels of nine aliases each. */
    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder bomb = new StringBuilder("models:\n  - &a [lol, lol, lol, lol, lol, lol,"
                + " lol, lol, lol]\n");
        String previous = "a";
        for (char level = 'b'; level <= 'j'; level++) {
            bomb.append("  - &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            bomb.append("]\n");
            previous = String.valueOf(level);
        }

        assertRefusedQuickly(bomb.toString());
    }

    @Test
    void deeplyNestedBlockIsRefusedQuickly() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            deep.append("  ".repeat(i)).append("level").append(i).append(":\n");
        }

        InvalidInputException e = assertRefusedQuickly(deep.toString());
        assertThat(e.problems().get(0).message()).contains("nesting depth");
    }

    @Test
    void deeplyNestedFlowIsRefusedQuickly() {
        assertRefusedQuickly("team: " + "{a: ".repeat(50_000) + "1" + "}".repeat(50_000));
        assertRefusedQuickly("models: " + "[".repeat(100_000) + "]".repeat(100_000));
    }

    @Test
    void numberLongerThanAnyFieldNeedsIsRefused() {
        InvalidInputException e = assertRefusedQuickly("team:\n  developers: 1"
                + "0".repeat(100) + "\n");

        assertThat(e.problems().get(0).field()).isEqualTo("team.developers");
    }

    @Test
    void missingFileIsOneLine(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");

        assertThatThrownBy(() -> reader.readFile(missing))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.problems()).containsExactly(new InputProblem(missing.toString(), null,
                                "no such file")));
    }

    @Test
    void folderIsNotAProfile(@TempDir Path dir) {
        assertThatThrownBy(() -> reader.readFile(dir))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.problems()).containsExactly(new InputProblem(dir.toString(), null,
                                "is a folder, not a profile file")));
    }

    @Test
    void fileWithoutANameTakesItsBaseName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("night-shift.yaml");
        Files.writeString(file, "models: [{id: gpt-4o, share: 1}]\n");

        assertThat(reader.readFile(file).name()).isEqualTo("night-shift");
    }

    @Test
    void readingNeverChangesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("typo.yaml");
        Files.writeString(file, "team:\n  developer: 3\n");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> reader.readFile(file)).isInstanceOf(InvalidInputException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private TeamProfile yaml(String text) {
        return reader.readYaml("p.yaml", text.getBytes(StandardCharsets.UTF_8));
    }

    private void assertRefused(String text, String field, String message) {
        assertThatThrownBy(() -> yaml(text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).containsExactly(
                            new InputProblem("p.yaml", field, message));
                    assertNothingInternal(e);
                });
    }

    private void assertRefusedBytes(byte[] bytes, String message) {
        assertThatThrownBy(() -> reader.readYaml("p.yaml", bytes))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.problems()).containsExactly(new InputProblem("p.yaml", null, message)));
    }

    private InvalidInputException assertRefusedQuickly(String text) {
        InvalidInputException refused = assertTimeoutPreemptively(QUICKLY, () -> {
            try {
                yaml(text);
                return null;
            } catch (InvalidInputException e) {
                return e;
            }
        });
        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.problems()).hasSize(1);
        assertNothingInternal(refused);
        return refused;
    }

    /** A message a user reads names no class, package or parser internals. */
    private static void assertNothingInternal(InvalidInputException e) {
        for (InputProblem problem : e.problems()) {
            assertThat(problem.message()).doesNotContainPattern(
                    "java\\.|jackson|snakeyaml|Exception|`|[A-Z][a-z]+[A-Z]\\w*\\.\\w+\\(");
        }
    }
}
