package io.tokenstack.advisor.support;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input the user can fix: a profile, a catalog or a tool file with problems. Shells exit 2 on
 * it and the web answers 4xx with the problems listed.
 */
public class InvalidInputException extends RuntimeException {

    private final List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::oneLine).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
