package io.tokenstack.advisor.web;

import io.tokenstack.advisor.pricing.AlternativePrice;
import io.tokenstack.advisor.pricing.CacheRates;
import io.tokenstack.advisor.pricing.LongContextTier;
import io.tokenstack.advisor.pricing.ModelPrice;
import io.tokenstack.advisor.pricing.ReasoningInfo;
import io.tokenstack.advisor.pricing.TokenRates;
import java.util.List;

/**
 * A catalog model as the API shows it: every price block with its source and date. Its own
 * record because {@link ModelPrice#isReasoning()} would shadow the reasoning block in JSON.
 */
record ModelView(
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

    static ModelView of(ModelPrice m) {
        return new ModelView(m.id(), m.provider(), m.name(), m.contextWindow(), m.base(),
                m.cache(), m.batch(), m.longContext(), m.reasoning(), m.fastModeOf(),
                m.alternatives());
    }
}
