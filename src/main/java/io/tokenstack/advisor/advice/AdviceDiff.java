package io.tokenstack.advisor.advice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What a change to a profile does to its advice: the team's bill before any tool, the first
 * recommendation and what the team pays once it adopts it, and which tools and rules came
 * into or out of play. Amounts are the advice's, already rounded for display.
 *
 * @param changes the profile changes, in words
 * @param difference after minus before, for each amount of {@link Side}
 */
public record AdviceDiff(List<String> changes, Side before, Side after, Money difference,
        boolean sameFirstRecommendation, List<String> newlyExcluded,
        List<String> noLongerExcluded, List<String> rulesNowFiring,
        List<String> rulesNoLongerFiring) {

    /**
     * One side of the comparison.
     *
     * @param first the first recommendation, or null when nothing is worth adopting
     */
    public record Side(String profile, Money money, Advice.Recommendation first,
            int recommendations) {
    }

    /**
     * @param baselineMonthlyUsd the team's monthly bill with no tool and no lever
     * @param monthlySavingsUsd what the first recommendation saves a month (0 when none)
     * @param monthlyCostAfterAdviceUsd the bill once the first recommendation is adopted
     */
    public record Money(BigDecimal baselineMonthlyUsd, BigDecimal monthlySavingsUsd,
            BigDecimal monthlyCostAfterAdviceUsd, BigDecimal setupCostUsd) {

        Money minus(Money other) {
            return new Money(baselineMonthlyUsd.subtract(other.baselineMonthlyUsd),
                    monthlySavingsUsd.subtract(other.monthlySavingsUsd),
                    monthlyCostAfterAdviceUsd.subtract(other.monthlyCostAfterAdviceUsd),
                    setupCostUsd.subtract(other.setupCostUsd));
        }
    }

    public static AdviceDiff between(List<String> changes, Advice before, Advice after) {
        Side b = side(before);
        Side a = side(after);
        boolean same = b.first() == null ? a.first() == null
                : a.first() != null && b.first().stack().equals(a.first().stack())
                        && b.first().levers().equals(a.first().levers());
        return new AdviceDiff(List.copyOf(changes), b, a, a.money().minus(b.money()), same,
                minus(excludedTools(after), excludedTools(before)),
                minus(excludedTools(before), excludedTools(after)),
                minus(after.firedRules(), before.firedRules()),
                minus(before.firedRules(), after.firedRules()));
    }

    private static Side side(Advice advice) {
        BigDecimal baseline = advice.baseline().monthlyCostUsd();
        Advice.Recommendation first = advice.recommendations().isEmpty() ? null
                : advice.recommendations().get(0);
        BigDecimal savings = first == null ? BigDecimal.ZERO.setScale(2)
                : first.monthlySavingsUsd();
        BigDecimal setup = first == null ? BigDecimal.ZERO.setScale(2) : first.setupCostUsd();
        BigDecimal after = first == null ? baseline : first.monthlyCostUsd();
        return new Side(advice.profile(), new Money(baseline, savings, after, setup), first,
                advice.recommendations().size());
    }

    private static List<String> excludedTools(Advice advice) {
        return advice.excluded().stream().map(Advice.Excluded::tool).distinct().toList();
    }

    private static List<String> minus(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.removeAll(b);
        return out;
    }
}
