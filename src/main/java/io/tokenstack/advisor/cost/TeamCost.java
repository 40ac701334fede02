package io.tokenstack.advisor.cost;

import io.tokenstack.advisor.pricing.ModelPrice;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.profile.ModelShare;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * What a team pays for its model mix with a stack of tools and levers: per session (blended
 * by each model's share), per developer per month and for the team per month.
 */
public final class TeamCost {

    private final CostModel model = new CostModel();

    public record ModelCost(ModelPrice model, BigDecimal share, SessionCost session) {
    }

    /**
     * @param perSessionUsd blended over the mix by share
     */
    public record Result(List<ModelCost> perModel, BigDecimal perSessionUsd,
            BigDecimal perDeveloperMonthUsd, BigDecimal teamMonthUsd) {

        public boolean anyLongContextTier() {
            return perModel.stream().anyMatch(m -> m.session().longContextTierApplied());
        }
    }

    public Result price(TeamProfile profile, PriceCatalog prices, List<Tool> tools,
            Set<Lever> levers, boolean claimedEvidence) {
        return price(profile, prices, levers,
                price -> model.flow(profile.session(), price, tools, claimedEvidence));
    }

    /**
     * Prices with the token flows given per model. A flow does not depend on the levers, so a
     * caller weighing one stack under several lever sets can work each flow out once.
     */
    public Result price(TeamProfile profile, PriceCatalog prices, Set<Lever> levers,
            Function<ModelPrice, TokenFlow> flows) {
        boolean caching = profile.promptCaching() || levers.contains(Lever.PROMPT_CACHING);
        BigDecimal batchShare = levers.contains(Lever.BATCH_API)
                ? profile.batchableShare() : BigDecimal.ZERO;
        List<ModelCost> perModel = new ArrayList<>();
        BigDecimal perSession = BigDecimal.ZERO;
        for (ModelShare share : profile.models()) {
            ModelPrice price = prices.find(share.id()).orElseThrow(
                    () -> new IllegalArgumentException("unknown model " + share.id()));
            SessionCost session = model.price(price, flows.apply(price), caching, batchShare);
            perModel.add(new ModelCost(price, share.share(), session));
            perSession = perSession.add(session.totalUsd().multiply(share.share()));
        }
        BigDecimal perDeveloperMonth = perSession.multiply(
                profile.team().sessionsPerDeveloperMonth());
        BigDecimal team = perDeveloperMonth.multiply(
                BigDecimal.valueOf(profile.team().developers()));
        return new Result(perModel, perSession, perDeveloperMonth, team);
    }
}
