package io.tokenstack.advisor.pricing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalog could not be loaded. Carries every problem found, not only the first, so that a
 * user can fix a file in one pass.
 */
public class CatalogException extends RuntimeException {

    private final transient List<CatalogProblem> problems;

    public CatalogException(List<CatalogProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogProblem> problems() {
        return problems;
    }

    private static String summary(List<CatalogProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).describe();
        }
        String file = problems.isEmpty() ? "catalog" : problems.get(0).file();
        return problems.stream()
                .map(p -> "  " + p.describe())
                .collect(Collectors.joining("\n",
                        file + ": " + problems.size() + " problems\n", ""));
    }
}
