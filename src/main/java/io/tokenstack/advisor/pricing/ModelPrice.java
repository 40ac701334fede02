package io.tokenstack.advisor.pricing;

import java.util.List;

/**
 * Everything the cost model needs to price one model. Optional parts are null when the
 * provider does not offer them.
 *
 * @param batch batch rates; null when the provider has no batch API for this model
 * @param longContext tiers sorted by threshold, empty when prices do not step up
 * @param reasoning non-null for reasoning models
 * @param fastModeOf id of the model this is a fast mode of, or null
 */
public record ModelPrice(
        String id,
        String provider,
        String name,
        Long contextWindow,
        TokenRates base,
        CacheRates cache,
        TokenRates batch,
        List<LongContextTier> longContext,
        ReasoningInfo reasoning,
        String fastModeOf,
        List<AlternativePrice> alternatives) {

    public ModelPrice {
        longContext = longContext == null ? List.of() : List.copyOf(longContext);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public boolean isReasoning() {
        return reasoning != null;
    }

    public boolean offersBatch() {
        return batch != null;
    }

    public boolean offersCache() {
        return cache != null && cache.read() != null;
    }
}
