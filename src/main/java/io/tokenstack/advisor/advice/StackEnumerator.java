package io.tokenstack.advisor.advice;

import io.tokenstack.advisor.cost.Lever;
import io.tokenstack.advisor.cost.TeamCost;
import io.tokenstack.advisor.knowledge.Candidate;
import io.tokenstack.advisor.knowledge.CandidateFigures;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.tools.Tool;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Lists the stacks worth pricing: doing nothing, every admissible tool alone (so the advice
 * can say why one does not pay), and every compatible combination of the tools that pay on
 * their own, each with every subset of the admissible levers. A tool that loses money alone
 * cannot make a combination better, since reductions only compose on what others left.
 */
final class StackEnumerator {

    private final TeamProfile profile;
    private final CandidatePricer pricer;
    private final Advisor.Admissible admissible;

    StackEnumerator(TeamProfile profile, CandidatePricer pricer, Advisor.Admissible admissible) {
        this.profile = profile;
        this.pricer = pricer;
        this.admissible = admissible;
    }

    List<Candidate> all() {
        Map<String, Candidate> out = new LinkedHashMap<>();
        List<Set<Lever>> leverSets = leverSubsets(List.copyOf(admissible.levers()));
        List<Tool> paying = new ArrayList<>();
        for (Set<Lever> levers : leverSets) {
            add(out, List.of(), levers);
        }
        for (Tool tool : admissible.tools()) {
            for (Set<Lever> levers : leverSets) {
                Candidate solo = add(out, List.of(tool), levers);
                if (levers.isEmpty() && solo.getFigures().monthlySavingsUsd()
                        .subtract(solo.getFigures().upkeepMonthlyUsd()).signum() > 0) {
                    paying.add(tool);
                }
            }
        }
        for (List<Tool> stack : subsets(paying)) {
            if (stack.size() >= 2 && admissible.compatible(stack)) {
                for (Set<Lever> levers : leverSets) {
                    add(out, stack, levers);
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    private Candidate add(Map<String, Candidate> out, List<Tool> tools, Set<Lever> levers) {
        boolean claimed = profile.claimedEvidence();
        TeamCost.Result result = pricer.price(tools, levers, claimed);
        CandidateFigures figures = pricer.figures(tools, result, claimed);
        Supplier<CandidateFigures> other = () -> pricer.figures(tools,
                pricer.price(tools, levers, !claimed), !claimed);
        Candidate candidate = new Candidate(tools.stream().map(Tool::id).toList(),
                levers.stream().map(Lever::id).toList(), figures, other,
                risk(tools), pricer.broughtUnderTier(result));
        return out.computeIfAbsent(candidate.getId(), id -> candidate);
    }

    /** Lower is safer: what can leak, break or backfire. */
    static int risk(List<Tool> tools) {
        int score = 0;
        for (Tool tool : tools) {
            score += tool.proxiesTraffic() ? 2 : 0;
            score += tool.hookBased() ? 1 : 0;
            score += tool.sendsContentToThirdParty() ? 1 : 0;
            score += tool.hasNegativeMeasuredEffect() ? 2 : 0;
            score += tool.breaksCacheOnMeasuredEvidence() ? 1 : 0;
        }
        return score;
    }

    static <T> List<List<T>> subsets(List<T> items) {
        List<List<T>> result = new ArrayList<>();
        int count = 1 << items.size();
        for (int mask = 0; mask < count; mask++) {
            List<T> subset = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    subset.add(items.get(i));
                }
            }
            result.add(subset);
        }
        return result;
    }

    private static List<Set<Lever>> leverSubsets(List<Lever> levers) {
        List<Set<Lever>> sets = new ArrayList<>();
        for (List<Lever> subset : subsets(levers)) {
            Set<Lever> set = EnumSet.noneOf(Lever.class);
            set.addAll(subset);
            sets.add(set);
        }
        return sets;
    }
}
