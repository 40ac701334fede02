package io.tokenstack.advisor.advice;

import io.tokenstack.advisor.cost.Lever;
import io.tokenstack.advisor.knowledge.BestStack;
import io.tokenstack.advisor.knowledge.Candidate;
import io.tokenstack.advisor.knowledge.Exclusion;
import io.tokenstack.advisor.knowledge.Finding;
import io.tokenstack.advisor.knowledge.Incompatibility;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.LeverOption;
import io.tokenstack.advisor.knowledge.ModelFacts;
import io.tokenstack.advisor.knowledge.ModelTier;
import io.tokenstack.advisor.knowledge.ProfileFacts;
import io.tokenstack.advisor.profile.ModelShare;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Evaluates a validated profile against a knowledge base in three steps:
 * the admissibility rules decide which tools and levers are in play; the cost model prices
 * every admissible stack; the verdict rules reject, prioritise and explain, and once ranks are
 * known the ranking rules say which competing tool won and where evidence changes the verdict.
 */
public final class Advisor {

    public Advice advise(TeamProfile profile, Knowledge knowledge) {
        return advise(profile, knowledge, AdviceDetail.FULL);
    }

    public Advice advise(TeamProfile profile, Knowledge knowledge, AdviceDetail detail) {
        KieSession session = knowledge.newSession();
        FiredRules fired = new FiredRules();
        session.addEventListener(fired);
        try {
            return evaluate(profile, knowledge, session, fired, detail);
        } finally {
            session.removeEventListener(fired);
            session.dispose();
        }
    }

    private Advice evaluate(TeamProfile profile, Knowledge knowledge, KieSession session,
            FiredRules fired, AdviceDetail detail) {
        session.insert(new ProfileFacts(profile));
        for (ModelShare share : profile.models()) {
            session.insert(new ModelFacts(knowledge.prices().find(share.id()).orElseThrow(),
                    share.share()));
        }
        knowledge.tools().all().forEach(session::insert);
        session.fireAllRules();

        Admissible admissible = Admissible.from(session, knowledge);
        CandidatePricer pricer = new CandidatePricer(profile, knowledge.prices());
        List<Candidate> candidates = new StackEnumerator(profile, pricer, admissible).all();
        Map<Candidate, FactHandle> handles = new LinkedHashMap<>();
        candidates.forEach(c -> handles.put(c, session.insert(c)));
        session.fireAllRules();

        List<Candidate> ranked = rank(candidates);
        Map<String, Candidate> bestWithTool = new LinkedHashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            Candidate candidate = ranked.get(i);
            candidate.setRank(i + 1);
            candidate.getStack().forEach(tool -> bestWithTool.putIfAbsent(tool, candidate));
        }
        // Ranking rules look at the top stack and the best stack per tool only, so the engine
        // is told about the first rank alone.
        if (!ranked.isEmpty()) {
            session.update(handles.get(ranked.get(0)), ranked.get(0), "rank");
        }
        bestWithTool.forEach((tool, candidate) -> session.insert(new BestStack(tool, candidate)));
        session.fireAllRules();
        return new AdviceView(profile, knowledge, pricer, admissible, fired)
                .render(ranked, candidates, detail);
    }

    /**
     * Net value to the cent first; ties go to the lower risk, then the smaller stack. Each
     * candidate's value is rounded once, not at every comparison.
     */
    static List<Candidate> rank(List<Candidate> candidates) {
        Map<Candidate, BigDecimal> cents = new IdentityHashMap<>();
        for (Candidate c : candidates) {
            if (!c.isRejected()) {
                cents.put(c, c.getNetValueUsd().setScale(2, RoundingMode.HALF_EVEN));
            }
        }
        List<Candidate> ranked = new ArrayList<>(cents.keySet());
        ranked.sort(Comparator.comparing((Candidate c) -> cents.get(c)).reversed()
                .thenComparingInt(Candidate::getRiskScore)
                .thenComparingInt(c -> c.getStack().size() + c.getLevers().size())
                .thenComparing(Candidate::getId));
        return ranked;
    }

    /** What the admissibility rules left in play. */
    record Admissible(List<Tool> tools, Set<Lever> levers, List<Exclusion> exclusions,
            List<Incompatibility> incompatibilities, List<LeverOption> leverOptions,
            List<Finding> findings, Map<String, String> tiers) {

        static Admissible from(KieSession session, Knowledge knowledge) {
            // One pass over working memory: it holds the candidates' inputs and every
            // conclusion of the admissibility rules, and a batch does this per profile.
            List<Exclusion> exclusions = new ArrayList<>();
            List<LeverOption> options = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            List<Incompatibility> pairs = new ArrayList<>();
            Map<String, String> tiers = new LinkedHashMap<>();
            Set<String> excluded = new HashSet<>();
            for (Object fact : session.getObjects()) {
                if (fact instanceof Exclusion exclusion) {
                    exclusions.add(exclusion);
                    excluded.add(exclusion.tool());
                } else if (fact instanceof LeverOption option) {
                    options.add(option);
                } else if (fact instanceof Finding finding) {
                    findings.add(finding);
                } else if (fact instanceof Incompatibility pair) {
                    pairs.add(pair);
                } else if (fact instanceof ModelTier tier) {
                    tiers.put(tier.model(), tier.tier());
                }
            }
            List<Tool> tools = knowledge.tools().all().stream()
                    .filter(t -> !excluded.contains(t.id())).toList();
            Set<Lever> levers = EnumSet.noneOf(Lever.class);
            options.forEach(o -> Lever.ofId(o.lever()).ifPresent(levers::add));
            exclusions.sort(Comparator.comparing(Exclusion::tool).thenComparing(Exclusion::rule));
            findings.sort(Comparator.comparing(Finding::rule).thenComparing(Finding::text));
            pairs.sort(Comparator.comparing(Incompatibility::first)
                    .thenComparing(Incompatibility::second));
            options.sort(Comparator.comparing(LeverOption::lever));
            return new Admissible(tools, levers, List.copyOf(exclusions), List.copyOf(pairs),
                    List.copyOf(options), List.copyOf(findings), tiers);
        }

        boolean compatible(List<Tool> stack) {
            for (Incompatibility pair : incompatibilities) {
                boolean first = stack.stream().anyMatch(t -> t.id().equals(pair.first()));
                boolean second = stack.stream().anyMatch(t -> t.id().equals(pair.second()));
                if (first && second) {
                    return false;
                }
            }
            return true;
        }
    }
}
