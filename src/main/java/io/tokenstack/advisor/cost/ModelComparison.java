package io.tokenstack.advisor.cost;

import io.tokenstack.advisor.pricing.ModelPrice;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.profile.ModelShare;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The article's multi-model table: what a team's sessions cost on each model, raw and with a
 * stack of tools and levers, as if the whole team worked on that model. Raw means no tool and
 * no lever, not even the prompt caching the profile may already use, because that is how the
 * article's raw columns are priced. Amounts are unrounded.
 */
public final class ModelComparison {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TeamCost teamCost = new TeamCost();

    /**
     * @param savedPercent share of the raw cost the stack and levers save, 0-100
     */
    public record Row(ModelPrice model, BigDecimal rawPerSessionUsd,
            BigDecimal rawPerDeveloperMonthUsd, BigDecimal rawTeamMonthUsd,
            BigDecimal perSessionUsd, BigDecimal perDeveloperMonthUsd, BigDecimal teamMonthUsd,
            BigDecimal savedTeamMonthUsd, BigDecimal savedPercent) {
    }

    /**
     * @param models the models to price, in the order to show them
     * @param levers levers to apply on top of the stack; the profile's own prompt caching
     *     applies to the stack's figures as it would in the advice
     */
    public List<Row> compare(TeamProfile profile, PriceCatalog prices,
            Collection<ModelPrice> models, List<Tool> stack, Set<Lever> levers,
            boolean claimedEvidence) {
        List<Row> rows = new ArrayList<>();
        for (ModelPrice model : models) {
            TeamProfile alone = profile.withModels(List.of(new ModelShare(model.id(),
                    BigDecimal.ONE)));
            TeamCost.Result raw = teamCost.price(alone.withPromptCaching(false), prices,
                    List.of(), Set.of(), claimedEvidence);
            TeamCost.Result with = teamCost.price(alone, prices, stack, levers,
                    claimedEvidence);
            BigDecimal saved = raw.teamMonthUsd().subtract(with.teamMonthUsd());
            BigDecimal percent = raw.teamMonthUsd().signum() == 0 ? BigDecimal.ZERO
                    : saved.multiply(HUNDRED).divide(raw.teamMonthUsd(), MathContext.DECIMAL128);
            rows.add(new Row(model, raw.perSessionUsd(), raw.perDeveloperMonthUsd(),
                    raw.teamMonthUsd(), with.perSessionUsd(), with.perDeveloperMonthUsd(),
                    with.teamMonthUsd(), saved, percent));
        }
        return rows;
    }

    /**
     * The profile to compare with the batch API on: its batchable share, or every session when
     * it has none, which is how the article's batch table is priced.
     */
    public static TeamProfile withBatch(TeamProfile profile) {
        return profile.batchableShare().signum() > 0 ? profile
                : profile.withBatchableShare(BigDecimal.ONE);
    }

    /** The levers that change a price: those asked for, plus the profile's own caching. */
    public static Set<Lever> leversInForce(TeamProfile profile, Set<Lever> asked) {
        Set<Lever> levers = EnumSet.noneOf(Lever.class);
        levers.addAll(asked);
        if (profile.promptCaching()) {
            levers.add(Lever.PROMPT_CACHING);
        }
        return levers;
    }
}
