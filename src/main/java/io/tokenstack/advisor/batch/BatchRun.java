package io.tokenstack.advisor.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenstack.advisor.advice.AdviceDetail;
import io.tokenstack.advisor.advice.AdvisorService;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;

/**
 * Advice for a whole organisation: every profile streamed to the writer as it is advised,
 * then the organisation's summary. Used by {@code advise --batch} and the batch endpoint.
 */
public final class BatchRun {

    /** What to write per profile. */
    public enum Output {
        /** One JSON object per line, then a {@code {"summary": ...}} line. */
        JSON_LINES,
        /** One CSV row per profile: top stack, savings, break-even or the error. */
        CSV,
        /** Nothing per profile: the summary alone, for the caller to render. */
        SUMMARY_ONLY
    }

    private final AdvisorService advisor;
    private final int threads;
    private final ObjectMapper json;

    public BatchRun(AdvisorService advisor, ObjectMapper json) {
        this(advisor, json, Runtime.getRuntime().availableProcessors());
    }

    public BatchRun(AdvisorService advisor, ObjectMapper json, int threads) {
        this.advisor = advisor;
        this.threads = threads;
        this.json = json;
    }

    public OrganisationSummary.View run(Iterator<BatchInput> inputs, Output output,
            Writer out) throws IOException {
        BatchAdvisor.Sink sink = switch (output) {
            case JSON_LINES -> BatchWriters.jsonLines(json, out);
            case CSV -> BatchWriters.csv(out);
            case SUMMARY_ONLY -> outcome -> { };
        };
        // A CSV row and the summary read the first recommendation only; JSON lines carry all.
        AdviceDetail detail = output == Output.JSON_LINES ? AdviceDetail.FULL
                : AdviceDetail.TOP_STACK;
        OrganisationSummary.View summary = new BatchAdvisor(advisor, threads, detail)
                .run(inputs, sink).view();
        if (output == Output.JSON_LINES) {
            out.write(json.writeValueAsString(Map.of("summary", summary)));
            out.write('\n');
        }
        out.flush();
        return summary;
    }
}
