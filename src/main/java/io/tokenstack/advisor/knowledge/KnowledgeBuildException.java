package io.tokenstack.advisor.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The rule files do not build; every problem is located at a file and line. */
public class KnowledgeBuildException extends RuntimeException {

    private final List<RuleProblem> problems;

    public KnowledgeBuildException(List<RuleProblem> problems) {
        this(problems, null);
    }

    /** @param summary a last line after the problems, e.g. how many scenarios failed */
    public KnowledgeBuildException(List<RuleProblem> problems, String summary) {
        super(problems.stream().map(RuleProblem::oneLine).collect(Collectors.joining("\n"))
                + (summary == null ? "" : (problems.isEmpty() ? "" : "\n") + summary));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
