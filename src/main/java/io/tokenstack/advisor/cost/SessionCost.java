package io.tokenstack.advisor.cost;

import java.math.BigDecimal;

/**
 * What one session costs on one model, split so every part can be traced to a price.
 * All amounts in USD, unrounded.
 *
 * @param freshInputUsd input billed at the input (or cache-write) rate
 * @param cachedInputUsd input served from the prompt cache at the cache-read rate
 * @param outputUsd visible output
 * @param reasoningUsd hidden reasoning tokens billed as output
 * @param longContextSurchargeUsd what the largest request costs above the base rates because
 *     its prompt crossed a long-context threshold
 * @param batchSavingsUsd what running the batchable share through the batch API saved
 *     (subtracted already)
 */
public record SessionCost(
        String modelId,
        TokenFlow flow,
        BigDecimal freshInputUsd,
        BigDecimal cachedInputUsd,
        BigDecimal outputUsd,
        BigDecimal reasoningUsd,
        BigDecimal longContextSurchargeUsd,
        BigDecimal batchSavingsUsd,
        BigDecimal totalUsd,
        boolean longContextTierApplied,
        boolean cacheApplied,
        boolean batchApplied) {
}
