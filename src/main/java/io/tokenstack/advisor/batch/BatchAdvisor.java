package io.tokenstack.advisor.batch;

import io.tokenstack.advisor.advice.AdviceDetail;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Advises many profiles on all cores and hands the outcomes to a sink in input order. At most
 * a small window of profiles is in flight, so memory stays flat whatever the batch size; a bad
 * profile becomes an error outcome and the rest go on.
 */
public final class BatchAdvisor {

    private static final Logger LOG = LoggerFactory.getLogger(BatchAdvisor.class);

    /** Receives outcomes in input order. */
    @FunctionalInterface
    public interface Sink {
        void accept(BatchOutcome outcome) throws IOException;
    }

    private final AdvisorService advisor;
    private final int threads;
    private final AdviceDetail detail;

    public BatchAdvisor(AdvisorService advisor, int threads, AdviceDetail detail) {
        this.advisor = advisor;
        this.threads = Math.max(1, threads);
        this.detail = detail;
    }

    public OrganisationSummary run(Iterator<BatchInput> inputs, Sink sink) throws IOException {
        OrganisationSummary summary = new OrganisationSummary();
        int window = threads * 64;
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "batch-advice");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<BatchOutcome>> inFlight = new ArrayDeque<>(window);
        try {
            while (inputs.hasNext()) {
                BatchInput input = inputs.next();
                inFlight.add(pool.submit(() -> advise(input)));
                if (inFlight.size() >= window) {
                    deliver(inFlight.removeFirst(), sink, summary);
                }
            }
            while (!inFlight.isEmpty()) {
                deliver(inFlight.removeFirst(), sink, summary);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            pool.shutdownNow();
        }
        return summary;
    }

    private BatchOutcome advise(BatchInput input) {
        if (input.readError() != null) {
            return failure(input.origin(), input.readError());
        }
        try {
            return new BatchOutcome(input.origin(), advisor.advise(input.origin(),
                    input.profile(), detail), List.of());
        } catch (RuntimeException e) {
            return failure(input.origin(), e);
        }
    }

    private static BatchOutcome failure(String origin, RuntimeException error) {
        if (error instanceof InvalidInputException invalid) {
            return new BatchOutcome(origin, null, invalid.problems());
        }
        LOG.error("Advice failed for {}", origin, error);
        return new BatchOutcome(origin, null, List.of(new InputProblem(origin, null,
                "internal error while advising this profile; see the log")));
    }

    private static void deliver(Future<BatchOutcome> next, Sink sink,
            OrganisationSummary summary) throws IOException {
        BatchOutcome outcome;
        try {
            outcome = next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("batch interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("advice task failed", e.getCause());
        }
        summary.add(outcome);
        sink.accept(outcome);
    }
}
