package io.tokenstack.advisor.knowledge;

import io.tokenstack.advisor.pricing.LongContextTier;
import io.tokenstack.advisor.pricing.ModelPrice;
import java.math.BigDecimal;

/** One model of the team's mix, as the rules see it. */
public final class ModelFacts {

    private final ModelPrice price;
    private final BigDecimal share;

    public ModelFacts(ModelPrice price, BigDecimal share) {
        this.price = price;
        this.share = share;
    }

    public ModelPrice getPrice() {
        return price;
    }

    public String getId() {
        return price.id();
    }

    public String getProvider() {
        return price.provider();
    }

    public BigDecimal getShare() {
        return share;
    }

    public BigDecimal getInputPrice() {
        return price.base().input();
    }

    public BigDecimal getOutputPrice() {
        return price.base().output();
    }

    public boolean isReasoning() {
        return price.isReasoning();
    }

    public boolean isOffersBatch() {
        return price.offersBatch();
    }

    public boolean isOffersCache() {
        return price.offersCache();
    }

    /** Lowest long-context threshold, or 0 when prices never step up. */
    public long getLongContextThreshold() {
        return price.longContext().stream().mapToLong(LongContextTier::aboveTokens).min()
                .orElse(0L);
    }

    public String getReasoningRange() {
        if (price.reasoning() == null || price.reasoning().multiplierMin() == null) {
            return "";
        }
        return price.reasoning().multiplierMin().stripTrailingZeros().toPlainString() + "-"
                + price.reasoning().multiplierMax().stripTrailingZeros().toPlainString();
    }
}
