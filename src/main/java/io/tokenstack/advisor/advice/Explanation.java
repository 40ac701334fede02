package io.tokenstack.advisor.advice;

import io.tokenstack.advisor.advice.Advice.Note;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.RuleInfo;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why an advice says what it says: the rules that fired, in firing order, each with the
 * sentence that defines it and the sentences (with their numbers) it wrote into the advice.
 *
 * @param rank the recommendation explained, or null for the advice as a whole
 */
public record Explanation(String profile, String knowledgeVersion, Integer rank,
        List<String> stack, List<String> levers, List<Step> steps) {

    /**
     * @param file the rule's .drl file, or null when the knowledge base in force no longer
     *     holds the rule (it was reloaded since)
     * @param notes what the rule wrote, prefixed "warning: " for warnings
     */
    public record Step(int order, String rule, String file, String description,
            List<String> notes) {
    }

    /**
     * The whole advice: every fired rule with the notes of the advice itself, its exclusions
     * and the first recommendation.
     */
    public static Explanation of(Advice advice, Knowledge knowledge) {
        Map<String, List<String>> notes = new LinkedHashMap<>();
        advice.explanation().forEach(n -> add(notes, n, ""));
        advice.warnings().forEach(n -> add(notes, n, "warning: "));
        advice.excluded().forEach(e -> notes.computeIfAbsent(e.rule(), k -> new ArrayList<>())
                .add(e.tool() + " excluded: " + e.reason()));
        Advice.Recommendation first = advice.recommendations().isEmpty() ? null
                : advice.recommendations().get(0);
        if (first != null) {
            first.explanation().forEach(n -> add(notes, n, ""));
            first.warnings().forEach(n -> add(notes, n, "warning: "));
        }
        return new Explanation(advice.profile(), advice.knowledgeBase().version(), null,
                first == null ? List.of() : first.stack(),
                first == null ? List.of() : first.levers(),
                steps(advice.firedRules(), notes, knowledge, true));
    }

    /** One recommendation: only the rules that wrote about it, in firing order. */
    public static Explanation ofRank(Advice advice, Knowledge knowledge, int rank) {
        Advice.Recommendation r = recommendation(advice, rank).orElseThrow(() ->
                new InvalidInputException(new InputProblem("explain", "rank", "the last advice"
                        + " has recommendations 1 to " + advice.recommendations().size()
                        + "; there is no rank " + rank)));
        Map<String, List<String>> notes = new LinkedHashMap<>();
        r.explanation().forEach(n -> add(notes, n, ""));
        r.warnings().forEach(n -> add(notes, n, "warning: "));
        return new Explanation(advice.profile(), advice.knowledgeBase().version(), rank,
                r.stack(), r.levers(), steps(advice.firedRules(), notes, knowledge, false));
    }

    private static Optional<Advice.Recommendation> recommendation(Advice advice, int rank) {
        return advice.recommendations().stream()
                .filter(r -> r.rank() != null && r.rank() == rank).findFirst();
    }

    private static void add(Map<String, List<String>> notes, Note note, String prefix) {
        List<String> list = notes.computeIfAbsent(note.rule(), k -> new ArrayList<>());
        if (!list.contains(prefix + note.text())) {
            list.add(prefix + note.text());
        }
    }

    /**
     * Fired rules in order; with {@code everyRule} false only those that wrote a note. A note
     * from a rule missing in the firing list (none should be) comes last rather than being lost.
     */
    private static List<Step> steps(List<String> fired, Map<String, List<String>> notes,
            Knowledge knowledge, boolean everyRule) {
        List<String> order = new ArrayList<>(fired);
        notes.keySet().stream().filter(r -> !order.contains(r)).forEach(order::add);
        List<Step> steps = new ArrayList<>();
        for (String rule : order) {
            List<String> written = notes.getOrDefault(rule, List.of());
            if (!everyRule && written.isEmpty()) {
                continue;
            }
            Optional<RuleInfo> info = knowledge.rule(rule);
            steps.add(new Step(steps.size() + 1, rule, info.map(RuleInfo::file).orElse(null),
                    info.map(RuleInfo::description).orElse(null), List.copyOf(written)));
        }
        return steps;
    }
}
