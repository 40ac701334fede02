package io.tokenstack.advisor.profile;

import java.math.BigDecimal;

/** Who works and how much: the calendar is an input, never a hidden constant. */
public record Team(
        Integer developers,
        BigDecimal sessionsPerDeveloperDay,
        BigDecimal workingDaysPerMonth,
        BigDecimal hourlyCostUsd) {

    public Team {
        developers = developers == null ? 1 : developers;
        sessionsPerDeveloperDay = sessionsPerDeveloperDay == null
                ? BigDecimal.valueOf(5) : sessionsPerDeveloperDay;
        workingDaysPerMonth = workingDaysPerMonth == null
                ? BigDecimal.valueOf(22) : workingDaysPerMonth;
        hourlyCostUsd = hourlyCostUsd == null ? BigDecimal.valueOf(100) : hourlyCostUsd;
    }

    /** Sessions one developer runs in a month. */
    public BigDecimal sessionsPerDeveloperMonth() {
        return sessionsPerDeveloperDay.multiply(workingDaysPerMonth);
    }
}
