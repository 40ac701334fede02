package io.tokenstack.advisor.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenstack.advisor.support.Closest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the fields of one catalog entry (a model or a source) and keeps the problems that
 * belong to it, so that the entry can be judged on its own.
 */
final class EntryReader {

    static final List<String> RATE_FIELDS = List.of("input", "output", "source");
    static final List<String> CACHE_FIELDS = List.of("read", "write5m", "write1h", "source");
    static final List<String> TIER_FIELDS =
            List.of("aboveTokens", "input", "output", "cacheRead", "source");
    static final List<String> REASONING_FIELDS =
            List.of("multiplierMin", "multiplierMax", "source");
    static final List<String> ALTERNATIVE_FIELDS =
            List.of("input", "output", "cacheRead", "source", "note");

    private static final String PRICE_HINT = "a price in USD per million tokens, e.g. 2.50";

    private final String file;
    private final String modelId;
    private final Map<String, PriceSource> sources;
    private final Set<String> brokenSources;
    private final List<CatalogProblem> found = new ArrayList<>();

    /**
     * @param modelId how problems name the entry; null outside the model list
     * @param sources the sound sources, for resolving {@code source:} keys
     * @param brokenSources declared sources that have problems, so that a reference to one
     *     is not reported as unknown
     */
    EntryReader(String file, String modelId, Map<String, PriceSource> sources,
            Set<String> brokenSources) {
        this.file = file;
        this.modelId = modelId;
        this.sources = sources;
        this.brokenSources = brokenSources;
    }

    List<CatalogProblem> problems() {
        return found;
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
                        + hint(name, allowed)
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

    static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull();
    }

    static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String show(JsonNode node) {
        String text = node.isTextual() ? '"' + node.asText() + '"' : node.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    static String hint(String unknown, Collection<String> known) {
        return Closest.of(unknown, known).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }
}
