package io.tokenstack.advisor.pricing;

import java.math.BigDecimal;

/**
 * A reasoning model bills hidden reasoning tokens as output; the article gives the range of
 * billed-to-visible output it saw.
 */
public record ReasoningInfo(BigDecimal multiplierMin, BigDecimal multiplierMax,
        PriceSource source) {
}
