package io.tokenstack.advisor.pricing;

import java.math.BigDecimal;

/**
 * A price seen in another source that is not in force, kept so drift stays visible.
 */
public record AlternativePrice(BigDecimal input, BigDecimal output, BigDecimal cacheRead,
        PriceSource source, String note) {
}
