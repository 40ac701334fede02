package io.tokenstack.advisor.batch;

import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.support.InputProblem;
import java.util.List;

/** What one profile of a batch gave: an advice, or the problems that stopped it. */
public record BatchOutcome(String origin, Advice advice, List<InputProblem> problems) {

    public boolean failed() {
        return advice == null;
    }
}
