package io.tokenstack.advisor.advice;

import io.tokenstack.advisor.cost.Lever;
import io.tokenstack.advisor.cost.CostModel;
import io.tokenstack.advisor.cost.TeamCost;
import io.tokenstack.advisor.cost.TokenFlow;
import io.tokenstack.advisor.knowledge.CandidateFigures;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a stack into the figures the verdict rules judge: savings against the team's
 * baseline, setup and upkeep in developer time, net value over the horizon and break-even.
 * An advice weighs each stack under every set of levers and on both evidence levels, so what
 * depends on the stack alone (the token flow per model, setup and upkeep) is worked out once
 * per stack and evidence level and kept for the life of the pricer, which is one advice.
 */
final class CandidatePricer {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);

    private final TeamCost teamCost = new TeamCost();
    private final CostModel costModel = new CostModel();
    private final Map<String, TokenFlow> flows = new HashMap<>();
    private final Map<String, BigDecimal[]> developerTime = new HashMap<>();
    private final TeamProfile profile;
    private final PriceCatalog prices;
    private final TeamCost.Result baseline;

    CandidatePricer(TeamProfile profile, PriceCatalog prices) {
        this.profile = profile;
        this.prices = prices;
        this.baseline = teamCost.price(profile, prices, List.of(), Set.of(), true);
    }

    TeamCost.Result baseline() {
        return baseline;
    }

    TeamCost.Result price(List<Tool> tools, Set<Lever> levers, boolean claimed) {
        String stack = key(tools, claimed);
        return teamCost.price(profile, prices, levers, model -> flows.computeIfAbsent(
                stack + '|' + model.id(),
                k -> costModel.flow(profile.session(), model, tools, claimed)));
    }

    private static String key(List<Tool> tools, boolean claimed) {
        StringBuilder key = new StringBuilder(claimed ? "c" : "m");
        for (Tool tool : tools) {
            key.append(',').append(tool.id());
        }
        return key.toString();
    }

    CandidateFigures figures(List<Tool> tools, TeamCost.Result result, boolean claimed) {
        BigDecimal[] time = developerTime.computeIfAbsent(key(tools, claimed),
                k -> setupAndUpkeep(tools, claimed));
        BigDecimal setup = time[0];
        BigDecimal upkeep = time[1];
        BigDecimal savings = baseline.teamMonthUsd().subtract(result.teamMonthUsd());
        BigDecimal netMonthly = savings.subtract(upkeep);
        BigDecimal months = BigDecimal.valueOf(profile.horizonMonths());
        BigDecimal workingDays = profile.team().workingDaysPerMonth();
        BigDecimal breakEven = netMonthly.signum() > 0
                ? setup.multiply(workingDays).divide(netMonthly, MathContext.DECIMAL128) : null;
        // The team's month is the developer's month times the headcount, so the difference of
        // the developer months is the saving per developer, exactly and without a division.
        BigDecimal perDeveloper = baseline.perDeveloperMonthUsd()
                .subtract(result.perDeveloperMonthUsd());
        return new CandidateFigures(claimed ? "claimed" : "measured", baseline.teamMonthUsd(),
                result.teamMonthUsd(), savings, perDeveloper, setup, upkeep,
                netMonthly.multiply(months).subtract(setup), breakEven,
                months.multiply(workingDays), workingDays);
    }

    /** The stack's one-off setup cost and monthly upkeep in the team's developer time. */
    private BigDecimal[] setupAndUpkeep(List<Tool> tools, boolean claimed) {
        int developers = profile.team().developers();
        BigDecimal hourly = profile.team().hourlyCostUsd();
        BigDecimal setupMinutes = BigDecimal.ZERO;
        BigDecimal upkeepMinutes = BigDecimal.ZERO;
        for (Tool tool : tools) {
            setupMinutes = setupMinutes.add(tool.setup().oneOffMinutes(developers, claimed));
            upkeepMinutes = upkeepMinutes.add(
                    tool.setup().upkeepMinutesPerMonth(developers, claimed));
        }
        return new BigDecimal[] {costOf(setupMinutes, hourly), costOf(upkeepMinutes, hourly)};
    }

    /** Minutes times the hourly cost, over 60: exact whenever the quotient ends. */
    private static BigDecimal costOf(BigDecimal minutes, BigDecimal hourly) {
        if (minutes.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return minutes.multiply(hourly).divide(MINUTES_PER_HOUR, MathContext.DECIMAL128);
    }

    /** Models whose largest prompt crossed a long-context tier before the stack and not after. */
    List<String> broughtUnderTier(TeamCost.Result result) {
        List<String> models = new ArrayList<>();
        for (int i = 0; i < result.perModel().size(); i++) {
            boolean before = baseline.perModel().get(i).session().longContextTierApplied();
            boolean after = result.perModel().get(i).session().longContextTierApplied();
            if (before && !after) {
                models.add(result.perModel().get(i).model().id());
            }
        }
        return models;
    }
}
