package io.tokenstack.advisor.pricing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The models read from a LiteLLM price map, keyed by the map's own keys, and what was left
 * out and why.
 *
 * @param catalog imported models; ids are the map's keys as they are
 * @param source where the prices came from, shared by every imported price
 * @param skippedKeys each key that was not imported, with the reason, in file order
 */
public record LiteLlmImport(PriceCatalog catalog, PriceSource source,
        Map<String, SkipReason> skippedKeys) {

    /** Why a map entry did not become a model. */
    public enum SkipReason {
        /** {@code sample_spec}, which documents the format. */
        DOCUMENTATION_ENTRY,
        /** The value is not a JSON object. */
        NOT_AN_OBJECT,
        /** No {@code mode}, so it cannot be told apart from non-chat entries. */
        NO_MODE,
        /** A mode that is not imported: embedding, image_generation, responses... */
        OTHER_MODE,
        /** No input or no output price per token. */
        MISSING_PRICE,
        /** An input or output price that is not a number, or is negative. */
        INVALID_PRICE
    }

    public LiteLlmImport {
        skippedKeys = Collections.unmodifiableMap(new LinkedHashMap<>(skippedKeys));
    }

    public int importedCount() {
        return catalog.models().size();
    }

    public int skippedCount() {
        return skippedKeys.size();
    }

    /** How many entries were skipped for each reason; reasons that did not occur are absent. */
    public Map<SkipReason, Integer> skippedByReason() {
        Map<SkipReason, Integer> counts = new EnumMap<>(SkipReason.class);
        skippedKeys.values().forEach(r -> counts.merge(r, 1, Integer::sum));
        return counts;
    }

    /**
     * The map key a catalog model is looked up under: its declared {@code litellmKey}, else
     * its own id.
     */
    public static String keyFor(String catalogId, Map<String, String> litellmKeys) {
        return litellmKeys.getOrDefault(catalogId, catalogId);
    }

    public Optional<ModelPrice> find(String key) {
        return catalog.find(key);
    }

    /** Why {@code key} was not imported; empty when it was imported or is not in the map. */
    public Optional<SkipReason> skipReason(String key) {
        return Optional.ofNullable(skippedKeys.get(key));
    }
}
