package io.tokenstack.advisor.pricing;

import java.math.BigDecimal;

/**
 * Prompt-cache prices in USD per million tokens. A null write price means the provider
 * charges no write premium (fresh input is billed at the normal input rate).
 */
public record CacheRates(BigDecimal read, BigDecimal write5m, BigDecimal write1h,
        PriceSource source) {
}
