package io.tokenstack.advisor.shell;

import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a command prints its answer: for a terminal, for a program, or for a wiki page. */
enum Format {
    TABLE,
    JSON,
    MARKDOWN;

    static final List<String> NAMES = Arrays.stream(values())
            .map(f -> f.name().toLowerCase(Locale.ROOT)).toList();

    static Format of(String name) {
        String wanted = name == null ? "table" : name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(new InputProblem("option --format",
                        null, "'" + name + "' is not a format; allowed: "
                                + String.join(", ", NAMES))));
    }
}
