package io.tokenstack.advisor.rules;

import static io.tokenstack.advisor.rules.ScenarioCheck.BASELINE_NUMBERS;
import static io.tokenstack.advisor.rules.ScenarioCheck.EXPECT_FIELDS;
import static io.tokenstack.advisor.rules.ScenarioCheck.RECOMMENDATION_FIELDS;
import static io.tokenstack.advisor.rules.ScenarioCheck.RECOMMENDATION_NUMBERS;
import static io.tokenstack.advisor.rules.ScenarioCheck.REJECTION_FIELDS;
import static io.tokenstack.advisor.rules.ScenarioCheck.RULE_LISTS;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenstack.advisor.rules.ScenarioCheck.Sink;
import java.util.List;

/**
 * The shape of a scenario's {@code expect:} block, checked when the file is read, so that
 * {@code rules validate} reports a misspelt key or a malformed number without running
 * anything.
 */
final class ScenarioShape {

    private static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4");

    private ScenarioShape() {
    }

    static void check(JsonNode expect, Sink sink) {
        expect.fields().forEachRemaining(field -> {
            String key = field.getKey();
            JsonNode value = field.getValue();
            switch (key) {
                case "top" -> recommendationShape(value, "top", false, sink);
                case "topContains", "notExcluded" -> names(value, key, sink);
                case "recommended" -> eachOf(value, key, sink,
                        (item, at) -> stackShape(item, at, RECOMMENDATION_FIELDS, sink));
                case "notRecommended" -> eachOf(value, key, sink, (item, at) -> {
                    stackShape(item, at, REJECTION_FIELDS, sink);
                    int identifying = (item.has("stack") ? 1 : 0) + (item.has("levers") ? 1 : 0);
                    if (item.isObject() && !item.has("rule") && item.size() > identifying) {
                        sink.problem(at, "name the rule that rejects it to check its figures");
                    }
                });
                case "excluded" -> eachOf(value, key, sink, (item, at) -> {
                    if (item.isObject()) {
                        allowed(item, at, List.of("tool", "rule"), sink);
                        if (!item.path("tool").isTextual()) {
                            sink.problem(at, "needs tool: the excluded tool's id");
                        }
                    } else if (!item.isTextual()) {
                        sink.problem(at, "a tool id or {tool, rule}");
                    }
                });
                case "baseline" -> {
                    if (!value.isObject()) {
                        sink.problem(key, "a map of baseline figures");
                    } else {
                        allowed(value, key, List.copyOf(BASELINE_NUMBERS.keySet()), sink);
                        value.fields().forEachRemaining(f -> numberShape(f.getValue(),
                                key + "." + f.getKey(), sink));
                    }
                }
                default -> {
                    if (RULE_LISTS.contains(key)) {
                        names(value, key, sink);
                    } else {
                        sink.problem(key, "unknown expectation; allowed: "
                                + String.join(", ", EXPECT_FIELDS));
                    }
                }
            }
        });
    }

    private interface ItemCheck {
        void check(JsonNode item, String path);
    }

    private static void eachOf(JsonNode value, String path, Sink sink, ItemCheck check) {
        if (!value.isArray()) {
            sink.problem(path, "a list");
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            check.check(value.get(i), path + "[" + i + "]");
        }
    }

    private static void names(JsonNode value, String path, Sink sink) {
        if (!value.isArray()) {
            sink.problem(path, "a list of names");
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                sink.problem(path + "[" + i + "]", "a name");
            }
        }
    }

    private static void allowed(JsonNode map, String path, List<String> fields, Sink sink) {
        map.fieldNames().forEachRemaining(name -> {
            if (!fields.contains(name)) {
                sink.problem(path + "." + name, "unknown field; allowed: "
                        + String.join(", ", fields));
            }
        });
    }

    private static void stackShape(JsonNode item, String path, List<String> fields,
            Sink sink) {
        if (item.isTextual() || item.isArray()) {
            toolsShape(item, path, sink);
        } else if (item.isObject()) {
            if (!item.has("stack")) {
                sink.problem(path, "needs stack: the tools that identify the recommendation");
            }
            recommendationShape(item, path, true, sink);
            allowed(item, path, fields, sink);
        } else {
            sink.problem(path, "a stack (list of tool ids, or \"rtk+caveman\") or a map");
        }
    }

    private static void recommendationShape(JsonNode value, String path, boolean partial,
            Sink sink) {
        if (!value.isObject()) {
            sink.problem(path, "a map of what the recommendation must be");
            return;
        }
        if (!partial) {
            allowed(value, path, RECOMMENDATION_FIELDS, sink);
        }
        value.fields().forEachRemaining(f -> {
            String at = path + "." + f.getKey();
            JsonNode v = f.getValue();
            switch (f.getKey()) {
                case "stack", "levers" -> toolsShape(v, at, sink);
                case "priority" -> {
                    if (!PRIORITIES.contains(v.asText())) {
                        sink.problem(at, "one of P1, P2, P3, P4");
                    }
                }
                case "rank" -> {
                    if (!v.canConvertToInt() || v.asInt() < 1) {
                        sink.problem(at, "a whole number from 1");
                    }
                }
                case "warned", "explained" -> names(v, at, sink);
                case "rule" -> {
                    if (!v.isTextual()) {
                        sink.problem(at, "a rule name");
                    }
                }
                default -> {
                    if (RECOMMENDATION_NUMBERS.containsKey(f.getKey())) {
                        numberShape(v, at, sink);
                    }
                }
            }
        });
    }

    private static void toolsShape(JsonNode value, String path, Sink sink) {
        if (value.isTextual()) {
            return;
        }
        if (!value.isArray()) {
            sink.problem(path, "a list of ids, or \"a+b\", or \"none\"");
            return;
        }
        value.forEach(v -> {
            if (!v.isTextual()) {
                sink.problem(path, "a list of ids");
            }
        });
    }

    private static void numberShape(JsonNode value, String path, Sink sink) {
        if (value.isNumber() || value.isNull()) {
            return;
        }
        if (value.isObject()) {
            JsonNode expected = value.get("value");
            JsonNode tolerance = value.get("tolerance");
            boolean ok = expected != null && (expected.isNumber() || expected.isNull())
                    && (tolerance == null || tolerance.isNumber() && tolerance.decimalValue()
                            .signum() >= 0);
            value.fieldNames().forEachRemaining(n -> {
                if (!n.equals("value") && !n.equals("tolerance")) {
                    sink.problem(path + "." + n, "unknown field; allowed: value, tolerance");
                }
            });
            if (ok) {
                return;
            }
        }
        sink.problem(path, "a number, null, or {value: number, tolerance: number >= 0}");
    }
}
