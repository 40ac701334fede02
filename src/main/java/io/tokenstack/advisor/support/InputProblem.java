package io.tokenstack.advisor.support;

/**
 * One thing wrong with what a user gave us: where (file or request), which field, and what is
 * allowed. The message is safe to show: it never holds a class name or a stack trace.
 */
public record InputProblem(String origin, String field, String message) {

    /** One line for a terminal: {@code origin: field: message}. */
    public String oneLine() {
        StringBuilder line = new StringBuilder();
        if (origin != null && !origin.isBlank()) {
            line.append(origin).append(": ");
        }
        if (field != null && !field.isBlank()) {
            line.append(field).append(": ");
        }
        return line.append(message).toString();
    }
}
