package io.tokenstack.advisor.pricing;

import java.math.BigDecimal;

/**
 * Input and output prices in USD per million tokens, with their source.
 */
public record TokenRates(BigDecimal input, BigDecimal output, PriceSource source) {
}
