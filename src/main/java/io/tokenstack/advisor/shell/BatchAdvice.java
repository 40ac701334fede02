package io.tokenstack.advisor.shell;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.batch.BatchRun;
import io.tokenstack.advisor.batch.OrganisationSummary;
import io.tokenstack.advisor.batch.ProfileSource;
import io.tokenstack.advisor.knowledge.Say;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * "What should every team of the organisation adopt?" ({@code advise --batch}): advice for a
 * folder of profiles or a JSON-lines file, streamed as it is made so memory does not grow
 * with the number of teams.
 */
@Component
class BatchAdvice {

    static final List<String> FORMATS = List.of("table", "json", "csv", "markdown");

    /** One line per profile: no indentation, money as plain decimals. */
    private static final ObjectMapper LINES = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final AdvisorService advisor;
    private final ProfileReader reader;

    BatchAdvice(AdvisorService advisor, ProfileReader reader) {
        this.advisor = advisor;
        this.reader = reader;
    }

    /**
     * Streams to {@code out}; returns the summary to print for table and markdown, or null
     * when everything was written already (json, csv).
     */
    String run(String profiles, String format, Writer out) {
        String wanted = format == null ? "table" : format.trim().toLowerCase();
        if (!FORMATS.contains(wanted)) {
            throw new InvalidInputException(new InputProblem("option --format", null, "'"
                    + format + "' is not a batch format; allowed: " + String.join(", ",
                            FORMATS)));
        }
        BatchRun.Output output = switch (wanted) {
            case "json" -> BatchRun.Output.JSON_LINES;
            case "csv" -> BatchRun.Output.CSV;
            default -> BatchRun.Output.SUMMARY_ONLY;
        };
        OrganisationSummary.View summary;
        try {
            summary = new BatchRun(advisor, LINES).run(new ProfileSource(reader)
                    .open(Path.of(profiles)), output, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the batch answer", e);
        }
        if (output != BatchRun.Output.SUMMARY_ONLY) {
            return null;
        }
        return summary(summary, Format.of(wanted));
    }

    static String summary(OrganisationSummary.View s, Format format) {
        Text out = new Text(format);
        out.heading("Organisation summary: " + s.profiles() + " team profile(s)");
        out.line(s.advised() + " advised, " + s.failed() + " refused (see their errors with"
                + " --format json or csv)");
        out.line("Today: " + Say.usd(s.baselineMonthlyUsd()) + " a month; the top"
                + " recommendations save " + Say.usd(s.monthlySavingsUsd())
                + " a month for " + Say.usd(s.setupCostUsd()) + " of setup");
        out.section("Teams whose top stack holds each tool or lever");
        TextTable table = new TextTable().left("Tool or lever").right("Teams");
        adoption(table, s.teamsAdoptingTool());
        adoption(table, s.teamsAdoptingLever());
        out.table(table);
        out.line("Teams that should adopt nothing: " + s.teamsAdoptingNothing()
                + (s.teamsAdoptingNothingFirst().isEmpty() ? ""
                        : " (first: " + String.join(", ", s.teamsAdoptingNothingFirst()) + ")"));
        if (!s.failedProfilesFirst().isEmpty()) {
            out.line("Refused: " + String.join(", ", s.failedProfilesFirst()));
        }
        return out.toString();
    }

    private static void adoption(TextTable table, Map<String, Long> counts) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> table.row(e.getKey(), e.getValue()));
    }
}
