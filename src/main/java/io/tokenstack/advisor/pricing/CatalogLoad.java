package io.tokenstack.advisor.pricing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A loaded catalog with what was left out of it and the text it was read from.
 *
 * @param catalog the models that loaded
 * @param skipped problems found in lenient mode: the model entries they name were left out
 *     and fields outside the model list were ignored; always empty in strict mode
 * @param litellmKeys catalog id to LiteLLM map key, for the models that declare
 *     {@code litellmKey}; kept here because {@link ModelPrice} has no place for it
 * @param origin the file as the caller named it, or {@code classpath:pricing/catalog.yaml}
 * @param sourceText the whole file, exactly as read
 */
public record CatalogLoad(PriceCatalog catalog, List<CatalogProblem> skipped,
        Map<String, String> litellmKeys, String origin, String sourceText) {

    public CatalogLoad {
        skipped = List.copyOf(skipped);
        litellmKeys = Map.copyOf(litellmKeys);
    }

    /**
     * The file's bytes. The text was decoded strictly as UTF-8, so encoding it again gives
     * back the bytes on disk, which is what a content hash needs.
     */
    public byte[] sourceBytes() {
        return sourceText.getBytes(StandardCharsets.UTF_8);
    }

    /** The LiteLLM key for a catalog id: its declared {@code litellmKey}, else the id itself. */
    public String litellmKeyOf(String modelId) {
        return LiteLlmImport.keyFor(modelId, litellmKeys);
    }
}
