package io.tokenstack.advisor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.profile.ProfileReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BatchRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static AdvisorService advisor;

    private static final String GOOD = "{\"name\":\"%s\",\"models\":[{\"id\":\"%s\",\"share\":1}]}";

    @BeforeAll
    static void loadShippedRules() {
        advisor = new AdvisorService(new KnowledgeHolder(Path.of("rules"),
                Path.of("pricing/catalog.yaml")));
    }

    private static String lines(String... profiles) {
        return String.join("\n", profiles) + "\n";
    }

    @Test
    void streamsOneLinePerProfileInInputOrderAndABadLineDoesNotStopTheRest() throws Exception {
        String input = lines(GOOD.formatted("a", "claude-opus-4-8"),
                "{\"name\":\"broken\",\"models\":[{\"id\":\"claude-opus-4-8\",\"share\":0.4}]}",
                "",
                "not json at all",
                GOOD.formatted("d", "gemini-2.5-flash-lite"));
        StringWriter out = new StringWriter();

        OrganisationSummary.View summary = new BatchRun(advisor, JSON, 2).run(
                new ProfileSource(new ProfileReader()).jsonLines("in", new StringReader(input)),
                BatchRun.Output.JSON_LINES, out);

        List<JsonNode> written = out.toString().lines().map(this::parse).toList();
        assertThat(written).hasSize(5);
        assertThat(written.get(0).path("profile").asText()).isEqualTo("a");
        assertThat(written.get(0).path("advice").path("recommendations").isArray()).isTrue();
        assertThat(written.get(1).path("source").asText()).isEqualTo("in:2");
        assertThat(written.get(1).path("errors").get(0).path("field").asText())
                .isEqualTo("models");
        assertThat(written.get(2).path("source").asText()).isEqualTo("in:4");
        assertThat(written.get(2).path("errors").get(0).path("message").asText())
                .startsWith("not a valid JSON profile");
        assertThat(written.get(3).path("profile").asText()).isEqualTo("d");
        assertThat(written.get(4).path("summary").path("profiles").asLong()).isEqualTo(4);
        assertThat(summary.advised()).isEqualTo(2);
        assertThat(summary.failed()).isEqualTo(2);
        assertThat(summary.failedProfilesFirst()).containsExactly("in:2", "in:4");
    }

    @Test
    void summaryAddsUpTheTopRecommendationsAndNamesTeamsThatShouldAdoptNothing()
            throws Exception {
        String input = lines(GOOD.formatted("a", "claude-opus-4-8"),
                GOOD.formatted("b", "claude-opus-4-8"),
                GOOD.formatted("cheap", "gemini-2.5-flash-lite"));
        StringWriter csv = new StringWriter();

        OrganisationSummary.View summary = new BatchRun(advisor, JSON, 2).run(
                new ProfileSource(new ProfileReader()).jsonLines("in", new StringReader(input)),
                BatchRun.Output.CSV, csv);

        List<String> rows = csv.toString().lines().toList();
        assertThat(rows.get(0)).isEqualTo(BatchWriters.CSV_HEADER);
        assertThat(rows).hasSize(4);
        JsonNode single = JSON.valueToTree(advisor.advise("a", new ProfileReader().readJson("a",
                GOOD.formatted("a", "claude-opus-4-8").getBytes())));
        double topSavings = single.path("recommendations").get(0).path("monthlySavingsUsd")
                .asDouble();
        boolean cheapAdoptsNothing = summary.teamsAdoptingNothingFirst().contains("cheap");
        assertThat(summary.monthlySavingsUsd().doubleValue()).isEqualTo(2 * topSavings
                + (cheapAdoptsNothing ? 0 : Double.parseDouble(rows.get(3).split(",")[4])));
        assertThat(rows.get(1)).startsWith("a,");
        assertThat(rows.get(2)).startsWith("b,");
    }

    private JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
