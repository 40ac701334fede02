package io.tokenstack.advisor.pricing;

import static io.tokenstack.advisor.pricing.EntryReader.hint;
import static io.tokenstack.advisor.pricing.EntryReader.isAbsent;
import static io.tokenstack.advisor.pricing.EntryReader.show;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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
        EntryReader top = reader(null);
        top.onlyFields(root, "", TOP_FIELDS);
        problems.addAll(top.problems());
        readSources(root.get("sources"));
        return readModels(root.get("models"));
    }

    private void readSources(JsonNode node) {
        EntryReader top = reader(null);
        if (isAbsent(node)) {
            top.problem("sources",
                    "is required: a map of source keys to {title, reference, asOf, dateKind}");
        } else if (!node.isObject()) {
            top.problem("sources", "must be a map of source keys to "
                    + "{title, reference, asOf, dateKind}, got " + show(node));
        } else {
            node.fields().forEachRemaining(e -> readSource(e.getKey(), e.getValue()));
        }
        problems.addAll(top.problems());
    }

    private void readSource(String key, JsonNode node) {
        EntryReader entry = reader(null);
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
        problems.addAll(entry.problems());
    }

    private Result readModels(JsonNode node) {
        EntryReader top = reader(null);
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
        problems.addAll(top.problems());

        List<ModelPrice> models = new ArrayList<>();
        Map<String, String> litellmKeys = new LinkedHashMap<>();
        for (Parsed p : parsed) {
            problems.addAll(p.entry.problems());
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
        EntryReader entry = reader(hasId ? idNode.asText() : slot);
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

    private EntryReader reader(String modelId) {
        return new EntryReader(file, modelId, sources, brokenSources);
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

    private record Parsed(ModelPrice model, String litellmKey, EntryReader entry) {
    }
}
