package io.tokenstack.advisor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.advice.Advice.Baseline;
import io.tokenstack.advisor.advice.Advice.Note;
import io.tokenstack.advisor.advice.Advice.Recommendation;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.RuleInfo;
import io.tokenstack.advisor.support.Closest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Compares a scenario's expectations with the advice for its profile ({@link ScenarioShape}
 * has checked their shape when the file was read). A difference is reported at the
 * expectation's path, e.g. {@code top.stack} or {@code recommended[1].priority}.
 */
final class ScenarioCheck {

    /** Receives one difference or mistake at a path inside {@code expect:}. */
    interface Sink {
        void problem(String path, String message);
    }

    static final Map<String, Function<Recommendation, BigDecimal>> RECOMMENDATION_NUMBERS =
            new LinkedHashMap<>();
    static final Map<String, Function<Baseline, BigDecimal>> BASELINE_NUMBERS =
            new LinkedHashMap<>();

    static {
        RECOMMENDATION_NUMBERS.put("monthlyCostUsd", Recommendation::monthlyCostUsd);
        RECOMMENDATION_NUMBERS.put("monthlySavingsUsd", Recommendation::monthlySavingsUsd);
        RECOMMENDATION_NUMBERS.put("perDeveloperMonthlySavingsUsd",
                Recommendation::perDeveloperMonthlySavingsUsd);
        RECOMMENDATION_NUMBERS.put("savingsPercent", Recommendation::savingsPercent);
        RECOMMENDATION_NUMBERS.put("setupCostUsd", Recommendation::setupCostUsd);
        RECOMMENDATION_NUMBERS.put("upkeepMonthlyUsd", Recommendation::upkeepMonthlyUsd);
        RECOMMENDATION_NUMBERS.put("netValueUsd", Recommendation::netValueUsd);
        RECOMMENDATION_NUMBERS.put("breakEvenWorkingDays",
                Recommendation::breakEvenWorkingDays);
        BASELINE_NUMBERS.put("perSessionUsd", Baseline::perSessionUsd);
        BASELINE_NUMBERS.put("perDeveloperMonthUsd", Baseline::perDeveloperMonthUsd);
        BASELINE_NUMBERS.put("monthlyCostUsd", Baseline::monthlyCostUsd);
        BASELINE_NUMBERS.put("sessionsPerMonth", Baseline::sessionsPerMonth);
    }

    static final List<String> EXPECT_FIELDS = List.of("top", "topContains", "recommended",
            "notRecommended", "excluded", "notExcluded", "warned", "notWarned", "explained",
            "fired", "notFired", "baseline");
    static final List<String> RULE_LISTS = List.of("warned", "notWarned", "explained", "fired",
            "notFired");
    static final List<String> RECOMMENDATION_FIELDS = Stream.concat(
            Stream.of("stack", "levers", "priority", "rank", "warned", "explained"),
            RECOMMENDATION_NUMBERS.keySet().stream()).toList();
    static final List<String> REJECTION_FIELDS = Stream.concat(
            Stream.of("stack", "levers", "rule", "priority", "warned", "explained"),
            RECOMMENDATION_NUMBERS.keySet().stream()).toList();

    private ScenarioCheck() {
    }

    static void compare(JsonNode expect, Advice advice, Knowledge knowledge, Sink sink) {
        knownRules(expect, knowledge, sink);
        Recommendation top = advice.recommendations().isEmpty() ? null
                : advice.recommendations().get(0);
        expect.fields().forEachRemaining(field -> {
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case "top" -> {
                    if (top == null) {
                        sink.problem(key, "the advice ranks no stack at all");
                    } else {
                        recommendation(value, top, key, true, sink);
                    }
                }
                case "topContains" -> {
                    Set<String> missing = new TreeSet<>(texts(value));
                    if (top != null) {
                        top.stack().forEach(missing::remove);
                    }
                    if (!missing.isEmpty()) {
                        sink.problem(key, "expected " + missing + " in the top stack, got "
                                + (top == null ? "none" : id(top)));
                    }
                }
                case "recommended" -> forEach(value, (item, i) -> recommended(item,
                        key + "[" + i + "]", advice, sink));
                case "notRecommended" -> forEach(value, (item, i) -> notRecommended(item,
                        key + "[" + i + "]", advice, sink));
                case "excluded" -> forEach(value, (item, i) -> excluded(item,
                        key + "[" + i + "]", advice, sink));
                case "notExcluded" -> texts(value).forEach(tool -> advice.excluded().stream()
                        .filter(e -> e.tool().equals(tool)).findFirst()
                        .ifPresent(e -> sink.problem(key, tool + " was excluded by " + e.rule()
                                + ": " + e.reason())));
                case "warned" -> contains(key, texts(value), warnings(advice), "wrote no warning",
                        sink);
                case "notWarned" -> absent(key, texts(value), warnings(advice), "warned", sink);
                case "explained" -> contains(key, texts(value), explanations(advice),
                        "wrote no explanation", sink);
                case "fired" -> contains(key, texts(value), advice.firedRules(), "did not fire",
                        sink);
                case "notFired" -> absent(key, texts(value), advice.firedRules(), "fired", sink);
                case "baseline" -> value.fields().forEachRemaining(f -> number(
                        key + "." + f.getKey(), f.getValue(),
                        BASELINE_NUMBERS.get(f.getKey()).apply(advice.baseline()), sink));
                default -> throw new IllegalStateException("shape checked before: " + key);
            }
        });
    }

    private interface Indexed {
        void accept(JsonNode item, int index);
    }

    private static void forEach(JsonNode list, Indexed action) {
        for (int i = 0; i < list.size(); i++) {
            action.accept(list.get(i), i);
        }
    }

    private static void recommendation(JsonNode spec, Recommendation rec, String path,
            boolean checkStack, Sink sink) {
        spec.fields().forEachRemaining(f -> {
            String at = path + "." + f.getKey();
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "stack" -> {
                    if (checkStack && !tools(v).equals(new TreeSet<>(rec.stack()))) {
                        sink.problem(at, "expected " + show(tools(v)) + ", got " + id(rec));
                    }
                }
                case "levers" -> {
                    if (!tools(v).equals(new TreeSet<>(rec.levers()))) {
                        sink.problem(at, "expected " + show(tools(v)) + ", got " + id(rec));
                    }
                }
                case "priority" -> {
                    if (!v.asText().equals(rec.priority())) {
                        sink.problem(at, "expected " + v.asText() + ", got " + rec.priority()
                                + " for " + id(rec));
                    }
                }
                case "rank" -> {
                    if (rec.rank() == null || v.asInt() != rec.rank()) {
                        sink.problem(at, "expected " + v.asInt() + ", got " + rec.rank()
                                + " for " + id(rec));
                    }
                }
                case "warned" -> contains(at, texts(v),
                        rec.warnings().stream().map(Note::rule).toList(),
                        "wrote no warning on " + id(rec), sink);
                case "explained" -> contains(at, texts(v),
                        rec.explanation().stream().map(Note::rule).toList(),
                        "wrote no explanation on " + id(rec), sink);
                case "rule" -> {
                    // only for notRecommended, handled there
                }
                default -> number(at, v, RECOMMENDATION_NUMBERS.get(f.getKey()).apply(rec),
                        sink);
            }
        });
    }

    private static void recommended(JsonNode item, String path, Advice advice, Sink sink) {
        JsonNode stackSpec = item.isObject() ? item.get("stack") : item;
        JsonNode leverSpec = item.isObject() ? item.get("levers") : null;
        Recommendation found = find(advice.recommendations(), tools(stackSpec), leverSpec);
        if (found == null) {
            sink.problem(path, "expected " + show(tools(stackSpec))
                    + (leverSpec == null ? "" : " with " + show(tools(leverSpec)))
                    + " among the recommendations, got " + ids(advice.recommendations()));
        } else if (item.isObject()) {
            recommendation(item, found, path, false, sink);
        }
    }

    private static void notRecommended(JsonNode item, String path, Advice advice, Sink sink) {
        JsonNode stackSpec = item.isObject() ? item.get("stack") : item;
        JsonNode leverSpec = item.isObject() ? item.get("levers") : null;
        Set<String> stack = tools(stackSpec);
        Recommendation ranked = find(advice.recommendations(), stack, leverSpec);
        if (ranked != null) {
            sink.problem(path, "expected " + show(stack) + " not to be recommended, it ranks "
                    + ranked.rank() + " (" + id(ranked) + ")");
            return;
        }
        String rule = item.isObject() && item.has("rule") ? item.get("rule").asText() : null;
        if (rule == null) {
            return;
        }
        // Figures of a rejected stack are only listed with the rule that rejected it.
        Recommendation rejected = find(advice.notRecommended(), stack, leverSpec);
        if (rejected == null) {
            sink.problem(path, show(stack) + " is not among the rejected stacks the advice"
                    + " lists: " + ids(advice.notRecommended()));
        } else if (rejected.rejected() == null || !rule.equals(rejected.rejected().rule())) {
            sink.problem(path, "expected rejection by " + rule + ", got "
                    + (rejected.rejected() == null ? "none" : rejected.rejected().rule()));
        } else {
            recommendation(item, rejected, path, false, sink);
        }
    }

    private static void excluded(JsonNode item, String path, Advice advice, Sink sink) {
        String tool = item.isObject() ? item.path("tool").asText() : item.asText();
        String rule = item.isObject() && item.has("rule") ? item.get("rule").asText() : null;
        List<String> rules = advice.excluded().stream().filter(e -> e.tool().equals(tool))
                .map(Advice.Excluded::rule).toList();
        if (rules.isEmpty()) {
            sink.problem(path, "expected " + tool + " to be excluded, it was not");
        } else if (rule != null && !rules.contains(rule)) {
            sink.problem(path, "expected " + tool + " excluded by " + rule + ", got " + rules);
        }
    }

    private static Recommendation find(List<Recommendation> list, Set<String> stack,
            JsonNode leverSpec) {
        Set<String> levers = leverSpec == null ? null : tools(leverSpec);
        return list.stream()
                .filter(r -> new TreeSet<>(r.stack()).equals(stack))
                .filter(r -> levers == null || new TreeSet<>(r.levers()).equals(levers))
                .findFirst().orElse(null);
    }

    private static void number(String path, JsonNode spec, BigDecimal actual, Sink sink) {
        JsonNode expectedNode = spec.isObject() ? spec.get("value") : spec;
        BigDecimal tolerance = spec.isObject() && spec.has("tolerance")
                ? spec.get("tolerance").decimalValue() : BigDecimal.ZERO;
        if (expectedNode.isNull() || actual == null) {
            if (expectedNode.isNull() != (actual == null)) {
                sink.problem(path, "expected " + (expectedNode.isNull() ? "null"
                        : expectedNode.decimalValue().toPlainString()) + ", got "
                        + (actual == null ? "null" : actual.toPlainString()));
            }
            return;
        }
        BigDecimal expected = expectedNode.decimalValue();
        BigDecimal difference = actual.subtract(expected);
        if (difference.abs().compareTo(tolerance) > 0) {
            sink.problem(path, "expected " + expected.toPlainString()
                    + (tolerance.signum() == 0 ? "" : " ± " + tolerance.toPlainString())
                    + ", got " + actual.toPlainString() + " (off by "
                    + difference.toPlainString() + ")");
        }
    }

    private static void contains(String path, List<String> expected, List<String> actual,
            String verb, Sink sink) {
        for (String name : expected) {
            if (!actual.contains(name)) {
                sink.problem(path, name + " " + verb);
            }
        }
    }

    private static void absent(String path, List<String> unexpected, List<String> actual,
            String verb, Sink sink) {
        for (String name : unexpected) {
            if (actual.contains(name)) {
                sink.problem(path, name + " " + verb + ", expected it not to");
            }
        }
    }

    /** A misspelt rule name would otherwise pass every "not" expectation silently. */
    private static void knownRules(JsonNode expect, Knowledge knowledge, Sink sink) {
        List<String> known = knowledge.rules().stream().map(RuleInfo::name).toList();
        Map<String, List<String>> named = new LinkedHashMap<>();
        for (String list : RULE_LISTS) {
            named.put(list, texts(expect.path(list)));
        }
        for (String list : List.of("top", "recommended", "notRecommended", "excluded")) {
            List<String> names = new ArrayList<>();
            JsonNode node = expect.path(list);
            Stream<JsonNode> items = node.isArray()
                    ? Arrays.stream(toArray(node)) : Stream.of(node);
            items.forEach(item -> {
                names.addAll(texts(item.path("warned")));
                names.addAll(texts(item.path("explained")));
                if (item.path("rule").isTextual()) {
                    names.add(item.path("rule").asText());
                }
            });
            named.put(list, names);
        }
        named.forEach((list, names) -> names.stream().filter(n -> !known.contains(n))
                .distinct().forEach(n -> sink.problem(list, "no rule is named " + n
                        + Closest.of(n, known).map(c -> " (did you mean " + c + "?)")
                                .orElse(""))));
    }

    private static JsonNode[] toArray(JsonNode array) {
        JsonNode[] items = new JsonNode[array.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = array.get(i);
        }
        return items;
    }

    private static List<String> warnings(Advice advice) {
        return notes(advice, Advice::warnings, Recommendation::warnings);
    }

    private static List<String> explanations(Advice advice) {
        return notes(advice, Advice::explanation, Recommendation::explanation);
    }

    private static List<String> notes(Advice advice, Function<Advice, List<Note>> general,
            Function<Recommendation, List<Note>> perStack) {
        Set<String> rules = new LinkedHashSet<>();
        general.apply(advice).forEach(n -> rules.add(n.rule()));
        Stream.concat(advice.recommendations().stream(), advice.notRecommended().stream())
                .flatMap(r -> perStack.apply(r).stream()).forEach(n -> rules.add(n.rule()));
        return List.copyOf(rules);
    }

    static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list != null && list.isArray()) {
            list.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    /** A stack as a set of ids: a list, {@code "rtk+caveman"}, or {@code "none"}. */
    static Set<String> tools(JsonNode spec) {
        Set<String> ids = new TreeSet<>();
        if (spec == null || spec.isNull()) {
            return ids;
        }
        if (spec.isTextual()) {
            if (!spec.asText().isBlank() && !spec.asText().equals("none")) {
                ids.addAll(Arrays.asList(spec.asText().split("\\s*\\+\\s*")));
            }
            return ids;
        }
        spec.forEach(v -> ids.add(v.asText()));
        return ids;
    }

    private static String show(Set<String> ids) {
        return ids.isEmpty() ? "none" : String.join("+", ids);
    }

    static String id(Recommendation r) {
        String tools = r.stack().isEmpty() ? "none" : String.join("+", r.stack());
        return r.levers().isEmpty() ? tools : tools + " with " + String.join("+", r.levers());
    }

    private static String ids(List<Recommendation> list) {
        return list.isEmpty() ? "none"
                : String.join(", ", list.stream().map(ScenarioCheck::id).toList());
    }
}
