package io.tokenstack.advisor.advice;

import io.tokenstack.advisor.advice.Advice.Excluded;
import io.tokenstack.advisor.advice.Advice.ModelLine;
import io.tokenstack.advisor.advice.Advice.Note;
import io.tokenstack.advisor.advice.Advice.Recommendation;
import io.tokenstack.advisor.cost.TeamCost;
import io.tokenstack.advisor.knowledge.Candidate;
import io.tokenstack.advisor.knowledge.CandidateFigures;
import io.tokenstack.advisor.knowledge.Finding;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.LeverOption;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Renders the evaluated candidates as the {@link Advice} users read; rounds for display. */
final class AdviceView {

    /** Enough to compare; the full list stays available through the candidates count. */
    static final int SHOWN_RECOMMENDATIONS = 10;
    static final int SHOWN_REJECTED_COMBINATIONS = 3;

    private final TeamProfile profile;
    private final Knowledge knowledge;
    private final CandidatePricer pricer;
    private final Advisor.Admissible admissible;
    private final FiredRules fired;

    AdviceView(TeamProfile profile, Knowledge knowledge, CandidatePricer pricer,
            Advisor.Admissible admissible, FiredRules fired) {
        this.profile = profile;
        this.knowledge = knowledge;
        this.pricer = pricer;
        this.admissible = admissible;
        this.fired = fired;
    }

    Advice render(List<Candidate> ranked, List<Candidate> all, AdviceDetail detail) {
        boolean full = detail == AdviceDetail.FULL;
        List<Recommendation> recommendations = ranked.stream()
                .limit(full ? SHOWN_RECOMMENDATIONS : 1)
                .map(this::recommendation).toList();
        List<Recommendation> notRecommended = new ArrayList<>();
        if (full) {
            List<Candidate> rejected = all.stream().filter(Candidate::isRejected)
                    .sorted(Comparator.comparing(Candidate::getNetValueUsd).reversed()
                            .thenComparing(Candidate::getId))
                    .toList();
            rejected.stream().filter(Candidate::isSingleTool).map(this::recommendation)
                    .forEach(notRecommended::add);
            rejected.stream().filter(c -> !c.isSingleTool()).limit(SHOWN_REJECTED_COMBINATIONS)
                    .map(this::recommendation).forEach(notRecommended::add);
        }
        List<Excluded> excluded = admissible.exclusions().stream()
                .map(e -> new Excluded(e.tool(), e.rule(), e.reason())).toList();
        List<Note> explanation = admissible.findings().stream()
                .filter(f -> f.tool() == null && !f.isWarning())
                .map(f -> new Note(f.rule(), f.text())).toList();
        List<Note> warnings = admissible.findings().stream()
                .filter(f -> f.tool() == null && f.isWarning())
                .map(f -> new Note(f.rule(), f.text())).toList();
        return new Advice(profile.name(), info(), profile.evidence(), baseline(),
                recommendations, notRecommended, excluded, explanation, warnings,
                fired.distinctInOrder(), all.size());
    }

    private Advice.KnowledgeBaseInfo info() {
        return new Advice.KnowledgeBaseInfo(knowledge.version(), knowledge.loadedAt().toString(),
                knowledge.source().origin(), knowledge.source().pricingOrigin());
    }

    private Advice.Baseline baseline() {
        TeamCost.Result base = pricer.baseline();
        List<ModelLine> models = base.perModel().stream().map(m -> new ModelLine(
                m.model().id(), m.model().name(), m.share(),
                admissible.tiers().get(m.model().id()), m.model().base().input(),
                m.model().base().output(), m.model().base().source().key(),
                m.model().base().source().asOf(), perSession(m.session().totalUsd()))).toList();
        return new Advice.Baseline(perSession(base.perSessionUsd()),
                money(base.perDeveloperMonthUsd()), money(base.teamMonthUsd()),
                profile.team().sessionsPerDeveloperMonth()
                        .multiply(BigDecimal.valueOf(profile.team().developers())),
                models);
    }

    private Recommendation recommendation(Candidate c) {
        CandidateFigures f = c.getFigures();
        CandidateFigures o = c.getOtherEvidence();
        boolean thisLower = f.monthlySavingsUsd().compareTo(o.monthlySavingsUsd()) <= 0;
        CandidateFigures low = thisLower ? f : o;
        CandidateFigures high = thisLower ? o : f;
        return new Recommendation(
                c.isRejected() ? null : c.getRank(),
                c.getPriority(),
                c.getStack(),
                c.getLevers(),
                money(f.monthlyCostUsd()),
                money(f.monthlySavingsUsd()),
                money(f.perDeveloperMonthlySavingsUsd()),
                f.savingsPercent().setScale(1, RoundingMode.HALF_EVEN),
                new Advice.SavingsRange(money(low.monthlySavingsUsd()),
                        money(high.monthlySavingsUsd()), low.evidence(), high.evidence()),
                money(f.setupCostUsd()),
                money(f.upkeepMonthlyUsd()),
                money(f.netValueUsd()),
                f.breakEvenWorkingDays() == null ? null
                        : f.breakEvenWorkingDays().setScale(1, RoundingMode.HALF_EVEN),
                evidence(c),
                explanation(c),
                warnings(c),
                c.isRejected() ? new Note(c.getRejectedRule(), c.getRejectedReason()) : null);
    }

    private List<Advice.ToolEvidence> evidence(Candidate c) {
        List<Advice.ToolEvidence> list = new ArrayList<>();
        for (String id : c.getStack()) {
            Tool tool = knowledge.tools().find(id).orElseThrow();
            boolean claimedUsed = profile.claimedEvidence() || !tool.hasMeasuredEvidence();
            String level = profile.claimedEvidence() ? "claimed"
                    : claimedUsed ? "claimed (nothing measured)" : "measured";
            list.add(new Advice.ToolEvidence(id, level,
                    tool.evidence(claimedUsed).source()));
        }
        return list;
    }

    private List<Note> explanation(Candidate c) {
        List<Note> notes = new ArrayList<>();
        for (LeverOption option : admissible.leverOptions()) {
            if (c.hasLever(option.lever())) {
                notes.add(new Note(option.rule(), option.reason()));
            }
        }
        for (Finding f : admissible.findings()) {
            if (f.tool() != null && !f.isWarning() && c.hasTool(f.tool())) {
                notes.add(new Note(f.rule(), f.text()));
            }
        }
        c.getExplanation().forEach(f -> notes.add(new Note(f.rule(), f.text())));
        return notes;
    }

    private List<Note> warnings(Candidate c) {
        List<Note> notes = new ArrayList<>();
        for (Finding f : admissible.findings()) {
            if (f.tool() != null && f.isWarning() && c.hasTool(f.tool())) {
                notes.add(new Note(f.rule(), f.text()));
            }
        }
        c.getWarnings().forEach(f -> notes.add(new Note(f.rule(), f.text())));
        return notes;
    }

    static BigDecimal money(BigDecimal usd) {
        return usd.setScale(2, RoundingMode.HALF_EVEN);
    }

    static BigDecimal perSession(BigDecimal usd) {
        return usd.setScale(6, RoundingMode.HALF_EVEN);
    }
}
