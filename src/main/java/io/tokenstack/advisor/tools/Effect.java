package io.tokenstack.advisor.tools;

import java.math.BigDecimal;
import java.util.List;

/**
 * A reduction of tokens. With basis {@code source} the ratio applies to the named token
 * source; with basis {@code sessionInput} the figure was measured on whole sessions, so the
 * tool removes that share of the session's input, taken from the sources it acts on
 * ({@code appliesTo}). A negative ratio adds tokens.
 */
public record Effect(String on, BigDecimal ratio, String basis, List<String> appliesTo,
        String source) {

    public static final String BASIS_SOURCE = "source";
    public static final String BASIS_SESSION_INPUT = "sessionInput";

    public Effect {
        basis = basis == null ? BASIS_SOURCE : basis;
        appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
    }

    public boolean sessionWide() {
        return BASIS_SESSION_INPUT.equals(basis);
    }
}
