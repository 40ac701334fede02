package io.tokenstack.advisor.knowledge;

/**
 * A sentence a rule wrote into the advice. {@code tool} or {@code model} ties it to the
 * candidates that hold that tool or the whole advice (both null).
 *
 * @param kind {@code explanation} or {@code warning}
 */
public record Finding(String kind, String rule, String text, String tool, String model) {

    public static final String EXPLANATION = "explanation";
    public static final String WARNING = "warning";

    public boolean isWarning() {
        return WARNING.equals(kind);
    }
}
