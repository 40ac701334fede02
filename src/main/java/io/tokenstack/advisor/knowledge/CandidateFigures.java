package io.tokenstack.advisor.knowledge;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * What the cost model says a stack is worth for a team on one evidence level; unrounded.
 *
 * The percentage is worked out when asked for: only the stacks an advice shows need it, and
 * it is a 34-digit division.
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
        BigDecimal setupCostUsd,
        BigDecimal upkeepMonthlyUsd,
        BigDecimal netValueUsd,
        BigDecimal breakEvenWorkingDays,
        BigDecimal horizonWorkingDays,
        BigDecimal workingDaysPerMonth) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Savings as a percentage of the baseline; zero when the baseline costs nothing. */
    public BigDecimal savingsPercent() {
        return baselineMonthlyUsd.signum() == 0 ? BigDecimal.ZERO
                : monthlySavingsUsd.multiply(HUNDRED).divide(baselineMonthlyUsd,
                        MathContext.DECIMAL128);
    }

    public boolean paysBackWithinHorizon() {
        return breakEvenWorkingDays != null
                && breakEvenWorkingDays.compareTo(horizonWorkingDays) <= 0;
    }
}
