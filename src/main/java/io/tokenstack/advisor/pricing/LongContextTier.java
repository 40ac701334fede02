package io.tokenstack.advisor.pricing;

import java.math.BigDecimal;

/**
 * Rates that apply to a whole request once its prompt is above {@code aboveTokens}.
 */
public record LongContextTier(long aboveTokens, BigDecimal input, BigDecimal output,
        BigDecimal cacheRead, PriceSource source) {
}
