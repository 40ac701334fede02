package io.tokenstack.advisor.batch;

import io.tokenstack.advisor.advice.Advice;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals over every team of a batch: what the organisation would save, which tools most
 * teams should adopt, and which teams should adopt nothing. Holds counts, not advices, so it
 * stays small however many teams there are; it lists the first teams of each kind by name.
 */
public final class OrganisationSummary {

    static final int NAMES_LISTED = 50;

    private long profiles;
    private long failed;
    private BigDecimal baselineMonthlyUsd = BigDecimal.ZERO;
    private BigDecimal monthlySavingsUsd = BigDecimal.ZERO;
    private BigDecimal setupCostUsd = BigDecimal.ZERO;
    private final Map<String, Long> toolAdoption = new TreeMap<>();
    private final Map<String, Long> leverAdoption = new TreeMap<>();
    private long adoptNothing;
    private final List<String> adoptNothingTeams = new ArrayList<>();
    private final List<String> failedProfiles = new ArrayList<>();

    /** The summary as users read it (JSON or table). */
    public record View(long profiles, long advised, long failed,
            BigDecimal baselineMonthlyUsd, BigDecimal monthlySavingsUsd,
            BigDecimal setupCostUsd, Map<String, Long> teamsAdoptingTool,
            Map<String, Long> teamsAdoptingLever, long teamsAdoptingNothing,
            List<String> teamsAdoptingNothingFirst, List<String> failedProfilesFirst) {
    }

    void add(BatchOutcome outcome) {
        profiles++;
        if (outcome.failed()) {
            failed++;
            listed(failedProfiles, outcome.origin());
            return;
        }
        Advice advice = outcome.advice();
        baselineMonthlyUsd = baselineMonthlyUsd.add(advice.baseline().monthlyCostUsd());
        Advice.Recommendation top = advice.recommendations().get(0);
        if (top.stack().isEmpty() && top.levers().isEmpty()) {
            adoptNothing++;
            listed(adoptNothingTeams, advice.profile());
            return;
        }
        monthlySavingsUsd = monthlySavingsUsd.add(top.monthlySavingsUsd());
        setupCostUsd = setupCostUsd.add(top.setupCostUsd());
        top.stack().forEach(tool -> toolAdoption.merge(tool, 1L, Long::sum));
        top.levers().forEach(lever -> leverAdoption.merge(lever, 1L, Long::sum));
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        return Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    private static void listed(List<String> names, String name) {
        if (names.size() < NAMES_LISTED) {
            names.add(name);
        }
    }

    public View view() {
        return new View(profiles, profiles - failed, failed, baselineMonthlyUsd,
                monthlySavingsUsd, setupCostUsd, sorted(toolAdoption), sorted(leverAdoption),
                adoptNothing, List.copyOf(adoptNothingTeams),
                List.copyOf(failedProfiles));
    }
}
