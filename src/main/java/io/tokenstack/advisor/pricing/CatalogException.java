package io.tokenstack.advisor.pricing;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
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

    /** A problem with the file as a whole: it is missing, unreadable or not parseable. */
    static CatalogException forFile(String file, String message) {
        return new CatalogException(List.of(new CatalogProblem(file, null, null, message)));
    }

    static CatalogException forFile(String file, IOException e) {
        return forFile(file, e instanceof NoSuchFileException ? "file not found"
                : "cannot be read: " + e.getMessage());
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
