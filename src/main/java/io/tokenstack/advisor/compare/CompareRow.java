package io.tokenstack.advisor.compare;

import java.math.BigDecimal;
import java.util.List;

/**
 * One row of the multi-model table: a model's cost with the stack and levers against its raw
 * cost (no tools, no levers), as if the whole team worked on that model. Per-session amounts
 * are rounded to six decimals, monthly ones to cents, percent to one decimal.
 *
 * @param levers the levers that took effect on this model: a model without a batch or cache
 *     price gets neither, whatever was asked, and neither does a profile with nothing
 *     batchable or nothing repeated
 */
public record CompareRow(
        String model,
        String name,
        List<String> stack,
        List<String> levers,
        BigDecimal perSessionUsd,
        BigDecimal perDeveloperMonthUsd,
        BigDecimal teamMonthUsd,
        BigDecimal rawPerSessionUsd,
        BigDecimal rawPerDeveloperMonthUsd,
        BigDecimal rawTeamMonthUsd,
        BigDecimal savedPerDeveloperMonthUsd,
        BigDecimal savedTeamMonthUsd,
        BigDecimal savedPercent) {
}
