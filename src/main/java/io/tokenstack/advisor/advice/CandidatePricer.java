package io.tokenstack.advisor.advice;

import io.tokenstack.advisor.cost.Lever;
import io.tokenstack.advisor.cost.TeamCost;
import io.tokenstack.advisor.knowledge.CandidateFigures;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a stack into the figures the verdict rules judge: savings against the team's
 * baseline, setup and upkeep in developer time, net value over the horizon and break-even.
 */
final class CandidatePricer {

    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final TeamCost teamCost = new TeamCost();
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
        return teamCost.price(profile, prices, tools, levers, claimed);
    }

    CandidateFigures figures(List<Tool> tools, TeamCost.Result result, boolean claimed) {
        int developers = profile.team().developers();
        BigDecimal hourly = profile.team().hourlyCostUsd();
        BigDecimal setupMinutes = BigDecimal.ZERO;
        BigDecimal upkeepMinutes = BigDecimal.ZERO;
        for (Tool tool : tools) {
            setupMinutes = setupMinutes.add(tool.setup().oneOffMinutes(developers, claimed));
            upkeepMinutes = upkeepMinutes.add(
                    tool.setup().upkeepMinutesPerMonth(developers, claimed));
        }
        BigDecimal setup = costOf(setupMinutes, hourly);
        BigDecimal upkeep = costOf(upkeepMinutes, hourly);
        BigDecimal savings = baseline.teamMonthUsd().subtract(result.teamMonthUsd());
        BigDecimal netMonthly = savings.subtract(upkeep);
        BigDecimal months = BigDecimal.valueOf(profile.horizonMonths());
        BigDecimal workingDays = profile.team().workingDaysPerMonth();
        BigDecimal breakEven = netMonthly.signum() > 0
                ? setup.multiply(workingDays).divide(netMonthly, MathContext.DECIMAL128) : null;
        BigDecimal percent = baseline.teamMonthUsd().signum() == 0 ? BigDecimal.ZERO
                : savings.multiply(HUNDRED).divide(baseline.teamMonthUsd(), MathContext.DECIMAL128);
        return new CandidateFigures(claimed ? "claimed" : "measured", baseline.teamMonthUsd(),
                result.teamMonthUsd(), savings,
                savings.divide(BigDecimal.valueOf(developers), MathContext.DECIMAL128),
                percent, setup, upkeep, netMonthly.multiply(months).subtract(setup), breakEven,
                months.multiply(workingDays), workingDays);
    }

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
