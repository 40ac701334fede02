package io.tokenstack.advisor.knowledge;

/**
 * Something wrong with the rule files, located as {@code file:line:column}. Column is 0 when
 * the compiler gave none.
 */
public record RuleProblem(String file, int line, int column, String message) {

    public String oneLine() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
