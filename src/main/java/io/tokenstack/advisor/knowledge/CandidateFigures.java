package io.tokenstack.advisor.knowledge;

import java.math.BigDecimal;

/**
 * What the cost model says a stack is worth for a team on one evidence level; unrounded.
 *
 * @param netValueUsd savings over the horizon minus setup and upkeep
 * @param breakEvenWorkingDays setup cost over daily net savings; null when it never pays back
 */
public record CandidateFigures(
        String evidence,
        BigDecimal baselineMonthlyUsd,
        BigDecimal monthlyCostUsd,
        BigDecimal monthlySavingsUsd,
        BigDecimal perDeveloperMonthlySavingsUsd,
        BigDecimal savingsPercent,
        BigDecimal setupCostUsd,
        BigDecimal upkeepMonthlyUsd,
        BigDecimal netValueUsd,
        BigDecimal breakEvenWorkingDays,
        BigDecimal horizonWorkingDays,
        BigDecimal workingDaysPerMonth) {

    public boolean paysBackWithinHorizon() {
        return breakEvenWorkingDays != null
                && breakEvenWorkingDays.compareTo(horizonWorkingDays) <= 0;
    }
}
