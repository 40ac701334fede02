package io.tokenstack.advisor.web;

import io.tokenstack.advisor.support.InputProblem;
import java.util.List;

/**
 * A profile kept on the server that does not read or validate. The client asked for nothing
 * wrong, so this is not a 400: it is answered with 422 and the file's problems.
 */
class UnusableProfileException extends RuntimeException {

    private final String name;
    private final List<InputProblem> problems;

    UnusableProfileException(String name, List<InputProblem> problems) {
        super("profile " + name + " has problems");
        this.name = name;
        this.problems = List.copyOf(problems);
    }

    String name() {
        return name;
    }

    List<InputProblem> problems() {
        return problems;
    }
}
