package io.tokenstack.advisor.tools;

import java.math.BigDecimal;

/**
 * How a tool changes prompt caching: the share of input that misses the cache (and is written
 * anew) is multiplied by these factors, per evidence level. 1 means no change.
 */
public record CacheEffect(BigDecimal claimedMissMultiplier, BigDecimal measuredMissMultiplier,
        String source) {
}
