package io.tokenstack.advisor.tools;

import java.math.BigDecimal;

/**
 * Time a tool costs. Like reductions, setup time has a claimed figure (the vendor's or the
 * article's optimistic end) and a measured one; upkeep is what issue trackers show, which no
 * vendor claims, so it counts on measured evidence only.
 *
 * @param minutesPerDeveloper claimed set-up time for each developer
 * @param measuredMinutesPerDeveloper set-up time seen in practice; null when no other figure
 *     exists, and the claimed one is used
 * @param minutesPerTeam one-off work for the whole team, whatever its size
 * @param auditMinutesForTeams review a team of two or more needs before rolling the tool out
 *     (the article: fine for individual use, an audit for enterprise deployment)
 * @param upkeepMinutesPerDeveloperMonth keeping it working across agent releases
 */
public record Setup(
        BigDecimal minutesPerDeveloper,
        BigDecimal measuredMinutesPerDeveloper,
        BigDecimal minutesPerTeam,
        BigDecimal auditMinutesForTeams,
        BigDecimal upkeepMinutesPerDeveloperMonth,
        String source) {

    public Setup {
        minutesPerTeam = minutesPerTeam == null ? BigDecimal.ZERO : minutesPerTeam;
        auditMinutesForTeams = auditMinutesForTeams == null ? BigDecimal.ZERO
                : auditMinutesForTeams;
        upkeepMinutesPerDeveloperMonth = upkeepMinutesPerDeveloperMonth == null
                ? BigDecimal.ZERO : upkeepMinutesPerDeveloperMonth;
    }

    public BigDecimal minutesPerDeveloper(boolean claimedEvidence) {
        return claimedEvidence || measuredMinutesPerDeveloper == null ? minutesPerDeveloper
                : measuredMinutesPerDeveloper;
    }

    /** Minutes the whole team spends once, for a team of this size. */
    public BigDecimal oneOffMinutes(int developers, boolean claimedEvidence) {
        BigDecimal minutes = minutesPerDeveloper(claimedEvidence)
                .multiply(BigDecimal.valueOf(developers)).add(minutesPerTeam);
        return developers >= 2 ? minutes.add(auditMinutesForTeams) : minutes;
    }

    public BigDecimal upkeepMinutesPerMonth(int developers, boolean claimedEvidence) {
        return claimedEvidence ? BigDecimal.ZERO
                : upkeepMinutesPerDeveloperMonth.multiply(BigDecimal.valueOf(developers));
    }
}
