package io.tokenstack.advisor.tools;

import java.math.BigDecimal;

/**
 * Time a tool costs: once per developer, once per team, and upkeep every month.
 */
public record Setup(BigDecimal minutesPerDeveloper, BigDecimal minutesPerTeam,
        BigDecimal upkeepMinutesPerDeveloperMonth, String source) {
}
