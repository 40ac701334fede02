package io.tokenstack.advisor.rules;

import io.tokenstack.advisor.knowledge.RuleProblem;
import java.util.List;

/**
 * How one scenario fared: passed, or every difference between what it expects and what the
 * advice said, each located at the expectation's line.
 */
public record ScenarioResult(String file, String name, String description,
        List<RuleProblem> problems) {

    public ScenarioResult {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }
}
