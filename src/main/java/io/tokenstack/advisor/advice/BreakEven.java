package io.tokenstack.advisor.advice;

import io.tokenstack.advisor.cost.TeamCost;
import io.tokenstack.advisor.knowledge.CandidateFigures;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When each tool, and each stack asked about, pays back its setup for a team: setup cost,
 * monthly savings net of upkeep, and break-even in working days, on the profile's evidence and
 * without levers (levers cost no setup). The verdict comes from the advice of the same profile,
 * so a tool the rules excluded or rejected says why. Money is rounded here, for display.
 */
public final class BreakEven {

    /**
     * @param breakEvenWorkingDays null when the stack never pays back
     * @param verdict what the advice made of this stack: its rank, or why it is rejected or
     *     excluded; null when the advice did not weigh it on its own
     */
    public record Row(List<String> stack, BigDecimal setupCostUsd,
            BigDecimal monthlySavingsUsd, BigDecimal upkeepMonthlyUsd,
            BigDecimal breakEvenWorkingDays, boolean paysBackWithinHorizon, String verdict) {
    }

    public record Report(String profile, String evidence, int horizonMonths,
            BigDecimal horizonWorkingDays, List<Row> rows) {
    }

    private BreakEven() {
    }

    /**
     * Every tool of the knowledge base alone, then the advice's first stack, then
     * {@code stacks}, each once.
     */
    public static Report of(TeamProfile profile, Knowledge knowledge, Advice advice,
            List<List<Tool>> stacks) {
        Set<List<Tool>> asked = new LinkedHashSet<>();
        knowledge.tools().all().forEach(t -> asked.add(List.of(t)));
        if (!advice.recommendations().isEmpty()) {
            List<String> top = advice.recommendations().get(0).stack();
            if (top.size() > 1) {
                asked.add(knowledge.tools().require("advice", top));
            }
        }
        asked.addAll(stacks);
        CandidatePricer pricer = new CandidatePricer(profile, knowledge.prices());
        boolean claimed = profile.claimedEvidence();
        List<Row> rows = new ArrayList<>();
        BigDecimal horizon = null;
        for (List<Tool> stack : asked) {
            TeamCost.Result result = pricer.price(stack, Set.of(), claimed);
            CandidateFigures f = pricer.figures(stack, result, claimed);
            horizon = f.horizonWorkingDays();
            List<String> ids = stack.stream().map(Tool::id).toList();
            rows.add(new Row(ids, AdviceView.money(f.setupCostUsd()),
                    AdviceView.money(f.monthlySavingsUsd()),
                    AdviceView.money(f.upkeepMonthlyUsd()),
                    f.breakEvenWorkingDays() == null ? null
                            : f.breakEvenWorkingDays().setScale(1, RoundingMode.HALF_EVEN),
                    f.paysBackWithinHorizon(), verdict(advice, ids).orElse(null)));
        }
        return new Report(profile.name(), profile.evidence(), profile.horizonMonths(),
                horizon == null ? null : horizon.setScale(1, RoundingMode.HALF_EVEN), rows);
    }

    private static Optional<String> verdict(Advice advice, List<String> stack) {
        for (Advice.Excluded e : advice.excluded()) {
            if (stack.contains(e.tool())) {
                return Optional.of("excluded (" + e.rule() + "): " + e.reason());
            }
        }
        for (Advice.Recommendation r : advice.recommendations()) {
            if (r.levers().isEmpty() && sameTools(r.stack(), stack)) {
                return Optional.of("recommended, rank " + r.rank() + " (" + r.priority() + ")");
            }
        }
        for (Advice.Recommendation r : advice.notRecommended()) {
            if (r.levers().isEmpty() && sameTools(r.stack(), stack) && r.rejected() != null) {
                return Optional.of("not recommended (" + r.rejected().rule() + "): "
                        + r.rejected().text());
            }
        }
        return Optional.empty();
    }

    private static boolean sameTools(List<String> a, List<String> b) {
        return a.size() == b.size() && a.containsAll(b);
    }
}
