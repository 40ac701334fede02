package io.tokenstack.advisor.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenstack.advisor.support.Closest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a catalog's YAML tree into models. It keeps going after a problem so that the user
 * sees every mistake at once, and it tells which model entries are sound so that lenient
 * loading can keep them.
 */
final class CatalogParser {

    static final List<String> TOP_FIELDS = List.of("sources", "models");
    static final List<String> SOURCE_FIELDS = List.of("title", "reference", "asOf", "dateKind");
    static final List<String> DATE_KINDS = List.of("published", "snapshot", "retrieved");
    static final List<String> MODEL_FIELDS = List.of("id", "provider", "name", "litellmKey",
            "contextWindow", "base", "cache", "batch", "longContext", "reasoning", "fastModeOf",
            "alternatives");
    static final List<String> RATE_FIELDS = List.of("input", "output", "source");
    static final List<String> CACHE_FIELDS = List.of("read", "write5m", "write1h", "source");
    static final List<String> TIER_FIELDS =
            List.of("aboveTokens", "input", "output", "cacheRead", "source");
    static final List<String> REASONING_FIELDS =
            List.of("multiplierMin", "multiplierMax", "source");
    static final List<String> ALTERNATIVE_FIELDS =
            List.of("input", "output", "cacheRead", "source", "note");

    private static final String PRICE_HINT = "a price in USD per million tokens, e.g. 2.50";

    /** The sound models in file order, and every problem found. */
    record Result(List<ModelPrice> models, Map<String, String> litellmKeys,
            List<CatalogProblem> problems) {
    }

    private final String file;
    private final boolean lenient;
    private final List<CatalogProblem> problems = new ArrayList<>();
    private final Map<String, PriceSource> sources = new LinkedHashMap<>();
    private final Set<String> brokenSources = new HashSet<>();

    /** @param lenient whether sound entries will be kept despite problems elsewhere */
    CatalogParser(String file, boolean lenient) {
        this.file = file;
        this.lenient = lenient;
    }

    Result parse(JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            problems.add(new CatalogProblem(file, null, null,
                    "the file is empty; it needs `sources:` and `models:`"));
            return new Result(List.of(), Map.of(), problems);
        }
        if (!root.isObject()) {
            problems.add(new CatalogProblem(file, null, null,
                    "must be a map with `sources:` and `models:` at the top"));
            return new Result(List.of(), Map.of(), problems);
        }
        Entry top = new Entry(null);
        top.onlyFields(root, "", TOP_FIELDS);
        problems.addAll(top.found);
        readSources(root.get("sources"));
        return readModels(root.get("models"));
    }

    private void readSources(JsonNode node) {
        Entry top = new Entry(null);
        if (isAbsent(node)) {
            top.problem("sources",
                    "is required: a map of source keys to {title, reference, asOf, dateKind}");
        } else if (!node.isObject()) {
            top.problem("sources", "must be a map of source keys to "
                    + "{title, reference, asOf, dateKind}, got " + show(node));
        } else {
            node.fields().forEachRemaining(e -> readSource(e.getKey(), e.getValue()));
        }
        problems.addAll(top.found);
    }

    private void readSource(String key, JsonNode node) {
        Entry entry = new Entry(null);
        String path = "sources." + key;
        if (!node.isObject()) {
            entry.problem(path, "must be a map {title, reference, asOf, dateKind}, got "
                    + show(node));
        } else {
            entry.onlyFields(node, path, SOURCE_FIELDS);
            String title = entry.text(node, path, "title", true);
            String reference = entry.text(node, path, "reference", true);
            String asOf = entry.date(node, path, "asOf");
            String dateKind = entry.oneOf(node, path, "dateKind", DATE_KINDS);
            if (entry.sound()) {
                sources.put(key, new PriceSource(key, title, reference, asOf, dateKind));
            }
        }
        if (!entry.sound()) {
            brokenSources.add(key);
        }
        problems.addAll(entry.found);
    }

    private Result readModels(JsonNode node) {
        Entry top = new Entry(null);
        List<Parsed> parsed = new ArrayList<>();
        if (isAbsent(node)) {
            top.problem("models", "is required: a list of models, each with at least "
                    + "id, provider, name and base");
        } else if (!node.isArray() || node.isEmpty()) {
            top.problem("models", "must be a non-empty list of models, got " + show(node));
        } else {
            Map<String, Integer> firstIndex = new HashMap<>();
            for (int i = 0; i < node.size(); i++) {
                parsed.add(readModel(node.get(i), i, firstIndex));
            }
            checkFastModes(parsed, firstIndex.keySet());
        }
        problems.addAll(top.found);

        List<ModelPrice> models = new ArrayList<>();
        Map<String, String> litellmKeys = new LinkedHashMap<>();
        for (Parsed p : parsed) {
            problems.addAll(p.entry.found);
            if (p.entry.sound()) {
                models.add(p.model);
                if (p.litellmKey != null) {
                    litellmKeys.put(p.model.id(), p.litellmKey);
                }
            }
        }
        return new Result(models, litellmKeys, problems);
    }

    private Parsed readModel(JsonNode node, int index, Map<String, Integer> firstIndex) {
        String slot = "models[" + index + "]";
        JsonNode idNode = node.isObject() ? node.get("id") : null;
        boolean hasId = idNode != null && idNode.isTextual() && !idNode.asText().isBlank();
        Entry entry = new Entry(hasId ? idNode.asText() : slot);
        if (!node.isObject()) {
            entry.problem(null, "must be a map with id, provider, name and base, got "
                    + show(node));
            return new Parsed(null, null, entry);
        }
        String id = entry.text(node, "", "id", true);
        if (id != null) {
            Integer first = firstIndex.putIfAbsent(id, index);
            if (first != null) {
                entry.problem("id", "duplicate id at " + slot + ", already declared at models["
                        + first + "]; ids must be unique");
            }
        }
        entry.onlyFields(node, "", MODEL_FIELDS);
        ModelPrice model = new ModelPrice(
                id,
                entry.text(node, "", "provider", true),
                entry.text(node, "", "name", true),
                entry.wholeNumber(node, "", "contextWindow", false),
                entry.rates(node, "base", true),
                entry.cache(node),
                entry.rates(node, "batch", false),
                entry.tiers(node),
                entry.reasoning(node),
                entry.text(node, "", "fastModeOf", false),
                entry.alternatives(node));
        String litellmKey = entry.text(node, "", "litellmKey", false);
        return new Parsed(model, litellmKey, entry);
    }

    /** Runs after every entry is read, because a fast mode may be declared before its model. */
    private void checkFastModes(List<Parsed> parsed, Set<String> declared) {
        Set<String> sound = new HashSet<>();
        parsed.stream().filter(p -> p.entry.sound()).forEach(p -> sound.add(p.model.id()));
        for (Parsed p : parsed) {
            String parent = p.model == null ? null : p.model.fastModeOf();
            if (parent == null) {
                continue;
            }
            if (parent.equals(p.model.id())) {
                p.entry.problem("fastModeOf", "cannot name the model itself");
            } else if (!declared.contains(parent)) {
                p.entry.problem("fastModeOf", "unknown model '" + parent + "'"
                        + hint(parent, declared) + "; it must be the id of another model");
            } else if (lenient && !sound.contains(parent)) {
                // Strict loading already reports the parent's own problems; lenient loading
                // must say why a sound fast mode is left out with its parent.
                p.entry.problem("fastModeOf", "model '" + parent + "' has problems of its own");
            }
        }
    }

    private static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static String show(JsonNode node) {
        String text = node.isTextual() ? '"' + node.asText() + '"' : node.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private static String hint(String unknown, Set<String> known) {
        return Closest.of(unknown, known).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    private record Parsed(ModelPrice model, String litellmKey, Entry entry) {
    }

    /** Reads the fields of one entry and keeps the problems that belong to it. */
    private final class Entry {

        private final String modelId;
        private final List<CatalogProblem> found = new ArrayList<>();

        Entry(String modelId) {
            this.modelId = modelId;
        }

        boolean sound() {
            return found.isEmpty();
        }

        void problem(String field, String message) {
            found.add(new CatalogProblem(file, modelId, field, message));
        }

        void onlyFields(JsonNode node, String path, List<String> allowed) {
            node.fieldNames().forEachRemaining(name -> {
                if (!allowed.contains(name)) {
                    problem(join(path, name), "unknown field"
                            + hint(name, Set.copyOf(allowed))
                            + "; allowed here: " + String.join(", ", allowed));
                }
            });
        }

        String text(JsonNode node, String path, String field, boolean required) {
            JsonNode value = node.get(field);
            if (isAbsent(value)) {
                if (required) {
                    problem(join(path, field), "is required");
                }
                return null;
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                problem(join(path, field), "must be non-empty text, got " + show(value));
                return null;
            }
            return value.asText();
        }

        String date(JsonNode node, String path, String field) {
            String text = text(node, path, field, true);
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text).toString();
            } catch (DateTimeParseException e) {
                problem(join(path, field), "must be an ISO date YYYY-MM-DD, got \"" + text + '"');
                return null;
            }
        }

        String oneOf(JsonNode node, String path, String field, List<String> allowed) {
            String text = text(node, path, field, true);
            if (text != null && !allowed.contains(text)) {
                problem(join(path, field), "must be one of " + String.join(", ", allowed)
                        + ", got \"" + text + '"');
                return null;
            }
            return text;
        }

        BigDecimal price(JsonNode node, String path, String field, boolean required) {
            JsonNode value = node.get(field);
            String at = join(path, field);
            if (isAbsent(value)) {
                if (required) {
                    problem(at, "is required: " + PRICE_HINT);
                }
                return null;
            }
            if (!value.isNumber()) {
                problem(at, "must be a number, " + PRICE_HINT + "; got " + show(value));
                return null;
            }
            BigDecimal price = value.decimalValue();
            if (price.signum() < 0) {
                problem(at, "must not be negative: " + PRICE_HINT + "; got "
                        + price.toPlainString());
                return null;
            }
            return price;
        }

        Long wholeNumber(JsonNode node, String path, String field, boolean required) {
            JsonNode value = node.get(field);
            String at = join(path, field);
            if (isAbsent(value)) {
                if (required) {
                    problem(at, "is required: a whole number of tokens, e.g. 200000");
                }
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() <= 0) {
                problem(at, "must be a whole number of tokens above 0, e.g. 200000; got "
                        + show(value));
                return null;
            }
            return value.asLong();
        }

        BigDecimal multiplier(JsonNode node, String path, String field) {
            BigDecimal value = price(node, path, field, false);
            if (value != null && value.compareTo(BigDecimal.ONE) < 0) {
                problem(join(path, field), "must be at least 1 (billed output is never less "
                        + "than the visible output); got " + value.toPlainString());
                return null;
            }
            return value;
        }

        PriceSource source(JsonNode node, String path) {
            String at = join(path, "source");
            String key = text(node, path, "source", false);
            if (key == null) {
                if (isAbsent(node.get("source"))) {
                    problem(at, "is required: the key of a source declared under `sources`, "
                            + "e.g. article");
                }
                return null;
            }
            PriceSource source = sources.get(key);
            if (source == null && brokenSources.contains(key)) {
                problem(at, "source '" + key + "' has problems of its own (see sources."
                        + key + ")");
            } else if (source == null) {
                problem(at, "unknown source '" + key + "'" + hint(key, sources.keySet())
                        + "; declared sources: " + String.join(", ", sources.keySet()));
            }
            return source;
        }

        /** The object at {@code field}, or null after noting why it cannot be used. */
        JsonNode object(JsonNode node, String field, String shape, boolean required) {
            JsonNode value = node.get(field);
            if (isAbsent(value)) {
                if (required) {
                    problem(field, "is required: " + shape);
                }
                return null;
            }
            if (!value.isObject()) {
                problem(field, "must be a map " + shape + ", got " + show(value));
                return null;
            }
            return value;
        }

        /** The list at {@code field}; empty when absent or after noting why it is unusable. */
        List<JsonNode> list(JsonNode node, String field, String itemShape) {
            JsonNode value = node.get(field);
            List<JsonNode> items = new ArrayList<>();
            if (isAbsent(value)) {
                return items;
            }
            if (!value.isArray()) {
                problem(field, "must be a list of " + itemShape + ", got " + show(value));
                return items;
            }
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                if (item.isObject()) {
                    items.add(item);
                } else {
                    problem(field + "[" + i + "]", "must be a map " + itemShape + ", got "
                            + show(item));
                    items.add(null);
                }
            }
            return items;
        }

        TokenRates rates(JsonNode node, String field, boolean required) {
            JsonNode rates = object(node, field, "{input, output, source}", required);
            if (rates == null) {
                return null;
            }
            onlyFields(rates, field, RATE_FIELDS);
            return new TokenRates(price(rates, field, "input", true),
                    price(rates, field, "output", true), source(rates, field));
        }

        CacheRates cache(JsonNode node) {
            JsonNode cache = object(node, "cache", "{read, write5m, write1h, source}", false);
            if (cache == null) {
                return null;
            }
            onlyFields(cache, "cache", CACHE_FIELDS);
            return new CacheRates(price(cache, "cache", "read", true),
                    price(cache, "cache", "write5m", false),
                    price(cache, "cache", "write1h", false), source(cache, "cache"));
        }

        List<LongContextTier> tiers(JsonNode node) {
            List<JsonNode> items =
                    list(node, "longContext", "{aboveTokens, input, output, cacheRead, source}");
            List<LongContextTier> tiers = new ArrayList<>();
            Set<Long> thresholds = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                if (item == null) {
                    continue;
                }
                String path = "longContext[" + i + "]";
                onlyFields(item, path, TIER_FIELDS);
                Long above = wholeNumber(item, path, "aboveTokens", true);
                if (above != null && !thresholds.add(above)) {
                    problem(path + ".aboveTokens", "another tier already starts above "
                            + above + " tokens; thresholds must differ");
                }
                tiers.add(new LongContextTier(above == null ? 0 : above,
                        price(item, path, "input", true), price(item, path, "output", true),
                        price(item, path, "cacheRead", false), source(item, path)));
            }
            tiers.sort(Comparator.comparingLong(LongContextTier::aboveTokens));
            return tiers;
        }

        ReasoningInfo reasoning(JsonNode node) {
            JsonNode reasoning =
                    object(node, "reasoning", "{multiplierMin, multiplierMax, source}", false);
            if (reasoning == null) {
                return null;
            }
            onlyFields(reasoning, "reasoning", REASONING_FIELDS);
            BigDecimal min = multiplier(reasoning, "reasoning", "multiplierMin");
            BigDecimal max = multiplier(reasoning, "reasoning", "multiplierMax");
            if (min != null && max != null && min.compareTo(max) > 0) {
                problem("reasoning.multiplierMax", "must not be below multiplierMin ("
                        + min.toPlainString() + "); got " + max.toPlainString());
            }
            return new ReasoningInfo(min, max, source(reasoning, "reasoning"));
        }

        List<AlternativePrice> alternatives(JsonNode node) {
            List<JsonNode> items =
                    list(node, "alternatives", "{input, output, cacheRead, source, note}");
            List<AlternativePrice> alternatives = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                if (item == null) {
                    continue;
                }
                String path = "alternatives[" + i + "]";
                onlyFields(item, path, ALTERNATIVE_FIELDS);
                alternatives.add(new AlternativePrice(price(item, path, "input", true),
                        price(item, path, "output", true), price(item, path, "cacheRead", false),
                        source(item, path), text(item, path, "note", false)));
            }
            return alternatives;
        }
    }
}
