package io.tokenstack.advisor.cost;

import io.tokenstack.advisor.profile.TokenSource;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The tokens of one session after a stack of tools has acted on them.
 *
 * @param input input tokens by source
 * @param visibleOutput output the model writes (what output compression shortens)
 * @param hiddenReasoning reasoning tokens billed as output on reasoning models; no tool
 *     shortens them
 * @param cacheMissShare share of input a prompt cache cannot serve
 * @param largestPrompt the biggest single request, scaled by what the tools removed on models
 *     with long-context tiers (the only ones that look at it)
 */
public record TokenFlow(
        Map<TokenSource, BigDecimal> input,
        BigDecimal visibleOutput,
        BigDecimal hiddenReasoning,
        BigDecimal cacheMissShare,
        BigDecimal largestPrompt) {

    public TokenFlow {
        input = Collections.unmodifiableMap(new EnumMap<>(input));
    }

    public BigDecimal totalInput() {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal tokens : input.values()) {
            total = total.add(tokens);
        }
        return total;
    }

    public BigDecimal billedOutput() {
        return visibleOutput.add(hiddenReasoning);
    }
}
