package io.tokenstack.advisor.pricing;

import static io.tokenstack.advisor.pricing.CatalogFixtures.VALID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogLoaderTest {

    @TempDir
    Path dir;

    private final CatalogLoader loader = new CatalogLoader();

    @Test
    void loadsEveryPartOfAValidEntry() throws IOException {
        CatalogLoad load = loader.load(write(VALID));

        ModelPrice alpha = load.catalog().find("alpha").orElseThrow();
        assertThat(alpha.contextWindow()).isEqualTo(200_000L);
        assertThat(alpha.base().input()).isEqualByComparingTo("2.00");
        assertThat(alpha.base().source().title()).isEqualTo("Example price list");
        assertThat(alpha.base().source().asOf()).isEqualTo("2026-01-15");
        assertThat(alpha.cache().write5m()).isEqualByComparingTo("2.50");
        assertThat(alpha.cache().write1h()).isNull();
        assertThat(alpha.batch().output()).isEqualByComparingTo("4.00");
        assertThat(alpha.longContext()).extracting(LongContextTier::aboveTokens)
                .as("sorted by threshold").containsExactly(200_000L, 400_000L);
        assertThat(alpha.longContext().get(0).cacheRead()).isEqualByComparingTo("0.4");
        assertThat(alpha.reasoning().multiplierMax()).isEqualByComparingTo("6");
        assertThat(alpha.alternatives().get(0).note()).isEqualTo("reseller");
        assertThat(load.litellmKeys()).containsExactly(
                java.util.Map.entry("alpha-fast", "example/alpha-fast"));
        assertThat(load.catalog().origin()).isEqualTo(dir.resolve("catalog.yaml").toString());
    }

    @Test
    void keepsPricesAsWritten() throws IOException {
        ModelPrice alpha = loader.load(write(VALID)).catalog().find("alpha").orElseThrow();

        assertThat(alpha.base().output().toPlainString()).isEqualTo("8.00");
        assertThat(alpha.cache().read().toPlainString()).isEqualTo("0.20");
    }

    @Test
    void missingPrice() throws IOException {
        CatalogException e = rejected(VALID.replace("input: 2.00, output: 8.00", "input: 2.00"));

        assertOnly(e, "alpha", "base.output", "is required: a price in USD per million tokens");
    }

    @Test
    void negativePrice() throws IOException {
        CatalogException e = rejected(VALID.replace("input: 2.00", "input: -2.00"));

        assertOnly(e, "alpha", "base.input", "must not be negative");
    }

    @Test
    void nonNumericPrice() throws IOException {
        CatalogException e = rejected(VALID.replace("read: 0.20", "read: cheap"));

        assertOnly(e, "alpha", "cache.read", "must be a number");
        assertThat(e.problems().get(0).message()).contains("got \"cheap\"");
    }

    @Test
    void quotedPriceIsNotANumber() throws IOException {
        CatalogException e = rejected(VALID.replace("input: 4.00", "input: \"4.00\""));

        assertOnly(e, "alpha-fast", "base.input", "must be a number");
    }

    @Test
    void unknownSourceKey() throws IOException {
        CatalogException e = rejected(VALID.replace("output: 4.00, source: list",
                "output: 4.00, source: lst"));

        assertOnly(e, "alpha", "batch.source", "unknown source 'lst' (did you mean 'list'?)");
        assertThat(e.problems().get(0).message()).contains("declared sources: list");
    }

    @Test
    void unknownFieldInAPriceBlock() throws IOException {
        CatalogException e = rejected(VALID.replace("input: 4.00, output: 16.00",
                "input: 4.00, ouptut: 16.00"));

        assertThat(e.problems()).extracting(CatalogProblem::field)
                .containsExactlyInAnyOrder("base.ouptut", "base.output");
        assertThat(problemAt(e, "base.ouptut").message())
                .contains("unknown field (did you mean 'output'?)")
                .contains("allowed here: input, output, source");
    }

    @Test
    void unknownFieldInAModel() throws IOException {
        CatalogException e = rejected(VALID.replace("contextWindow:", "contextwindow:"));

        assertOnly(e, "alpha", "contextwindow", "did you mean 'contextWindow'?");
    }

    @Test
    void duplicateId() throws IOException {
        CatalogException e = rejected(VALID.replace("id: alpha-fast", "id: alpha")
                .replace("fastModeOf: alpha", ""));

        assertOnly(e, "alpha", "id", "duplicate id at models[1], already declared at models[0]");
    }

    @Test
    void badDateNamesTheSourceAndTheModelsThatUseIt() throws IOException {
        CatalogException e = rejected(VALID.replace("2026-01-15", "2026-02-30"));

        CatalogProblem date = problemAt(e, "sources.list.asOf");
        assertThat(date.modelId()).isNull();
        assertThat(date.message()).contains("ISO date YYYY-MM-DD, got \"2026-02-30\"");
        assertThat(problemAt(e, "base.source").message())
                .contains("source 'list' has problems of its own");
    }

    @Test
    void badDateKind() throws IOException {
        CatalogException e = rejected(VALID.replace("dateKind: published", "dateKind: seen"));

        assertThat(problemAt(e, "sources.list.dateKind").message())
                .isEqualTo("must be one of published, snapshot, retrieved, got \"seen\"");
    }

    @Test
    void missingIdNamesTheEntryIndex() throws IOException {
        CatalogException e = rejected(VALID.replace("- id: alpha-fast", "- provider: x")
                .replace("    provider: example\n    name: Alpha (fast)",
                        "    name: Alpha (fast)"));

        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.modelId()).isEqualTo("models[1]");
            assertThat(p.field()).isEqualTo("id");
            assertThat(p.message()).isEqualTo("is required");
        });
    }

    @Test
    void unknownFastModeParent() throws IOException {
        CatalogException e = rejected(VALID.replace("fastModeOf: alpha", "fastModeOf: alpah"));

        assertOnly(e, "alpha-fast", "fastModeOf", "unknown model 'alpah' (did you mean 'alpha'?)");
    }

    @Test
    void contextWindowMustBeAPositiveWholeNumber() throws IOException {
        CatalogException e = rejected(VALID.replace("contextWindow: 200000",
                "contextWindow: 200k"));

        assertOnly(e, "alpha", "contextWindow", "must be a whole number of tokens above 0");
    }

    @Test
    void reasoningRangeMustNotBeUpsideDown() throws IOException {
        CatalogException e = rejected(VALID.replace("multiplierMax: 6", "multiplierMax: 2"));

        assertOnly(e, "alpha", "reasoning.multiplierMax", "must not be below multiplierMin");
    }

    @Test
    void longContextThresholdsMustDiffer() throws IOException {
        CatalogException e = rejected(VALID.replace("aboveTokens: 400000",
                "aboveTokens: 200000"));

        assertOnly(e, "alpha", "longContext[1].aboveTokens", "another tier already starts");
    }

    @Test
    void unknownTopLevelField() throws IOException {
        CatalogException e = rejected("currency: EUR\n" + VALID);

        CatalogProblem problem = problemAt(e, "currency");
        assertThat(problem.modelId()).isNull();
        assertThat(problem.message()).contains("allowed here: sources, models");
    }

    @Test
    void missingModelList() throws IOException {
        CatalogException e = rejected(VALID.substring(0, VALID.indexOf("models:")));

        assertThat(problemAt(e, "models").message()).startsWith("is required");
    }

    @Test
    void collectsEveryProblemAndNamesThemAllInTheMessage() throws IOException {
        Path file = write(VALID.replace("input: 2.00", "input: -2.00")
                .replace("output: 16.00", "output: lots")
                .replace("dateKind: published", "dateKind: seen"));

        CatalogException e = rejected(file);

        assertThat(e.problems()).extracting(CatalogProblem::modelId, CatalogProblem::field)
                .contains(org.assertj.core.groups.Tuple.tuple("alpha", "base.input"),
                        org.assertj.core.groups.Tuple.tuple("alpha-fast", "base.output"),
                        org.assertj.core.groups.Tuple.tuple(null, "sources.list.dateKind"));
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
        assertThat(e.getMessage())
                .startsWith(file + ": " + e.problems().size() + " problems")
                .contains(file + ": model 'alpha', field 'base.input': must not be negative")
                .contains("model 'alpha-fast', field 'base.output': must be a number");
    }

    @Test
    void invalidYamlNamesTheLine() throws IOException {
        CatalogException e = rejected(VALID.replace("name: Alpha\n", "name: [Alpha\n"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.modelId()).isNull();
            assertThat(p.message()).matches("is not valid YAML at line 11, column \\d+: "
                    + "expected ',' or ']'.*").doesNotContain("\n");
        });
    }

    @Test
    void duplicateYamlKeyIsRefused() throws IOException {
        CatalogException e = rejected(VALID.replace("name: Alpha\n",
                "name: Alpha\n    name: Beta\n"));

        assertThat(e.getMessage()).contains("Duplicate field 'name'");
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nowhere.yaml");

        CatalogException e = rejected(missing);

        assertThat(e.getMessage()).isEqualTo(missing + ": file not found");
    }

    @Test
    void lenientLoadingKeepsSoundEntriesAndReportsTheRest() throws IOException {
        String yaml = VALID.replace("input: 2.00", "input: -2.00") + """
                  - id: beta
                    provider: example
                    name: Beta
                    base: {input: 1, output: 2, source: list}
                """;

        CatalogLoad load = loader.load(write(yaml), true);

        assertThat(load.catalog().models()).extracting(ModelPrice::id).containsExactly("beta");
        assertThat(load.skipped()).extracting(CatalogProblem::modelId, CatalogProblem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("alpha", "base.input"),
                        org.assertj.core.groups.Tuple.tuple("alpha-fast", "fastModeOf"));
        assertThat(load.skipped().get(1).message())
                .isEqualTo("model 'alpha' has problems of its own");
    }

    @Test
    void lenientLoadingStillRefusesAFileThatIsNotYaml() throws IOException {
        Path file = write("models: [\n");

        try {
            loader.load(file, true);
            fail("expected a CatalogException");
        } catch (CatalogException e) {
            assertThat(e.problems()).hasSize(1);
        }
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("catalog.yaml"), yaml);
    }

    private CatalogException rejected(String yaml) throws IOException {
        return rejected(write(yaml));
    }

    private CatalogException rejected(Path file) {
        try {
            loader.load(file);
        } catch (CatalogException e) {
            return e;
        }
        throw new AssertionError("expected " + file + " to be rejected");
    }

    private static CatalogProblem problemAt(CatalogException e, String field) {
        return e.problems().stream().filter(p -> field.equals(p.field())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + field + " in "
                        + e.problems()));
    }

    /** Exactly one problem, at the given model and field, and the message says so too. */
    private void assertOnly(CatalogException e, String modelId, String field, String says) {
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(dir.resolve("catalog.yaml").toString());
            assertThat(p.modelId()).isEqualTo(modelId);
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).contains(says);
        });
        assertThat(e.getMessage()).contains(dir.resolve("catalog.yaml").toString())
                .contains("model '" + modelId + "'").contains("field '" + field + "'");
    }
}
