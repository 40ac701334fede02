package io.tokenstack.advisor.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts the prices of a LiteLLM import on top of a catalog, keeping the catalog's models,
 * names and ids.
 *
 * <p>A catalog model is looked up in the import under its {@code litellmKey} when the catalog
 * declares one, otherwise under its own id. A model found there takes the import's base,
 * cache and long-context prices as a whole, so that no price is left relative to an old base
 * rate; its old base price moves to the alternatives. A model not found keeps its catalog
 * prices. Provider, name, reasoning and fast-mode link always stay the catalog's: they are
 * not prices, and the map's reasoning flag carries no multipliers.
 */
public final class LiteLlmOverlay {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private LiteLlmOverlay() {
    }

    /** Overlay matching catalog ids to map keys one to one. */
    public static PriceCatalog overlayFromLiteLlm(PriceCatalog catalog, LiteLlmImport imported) {
        return overlayFromLiteLlm(catalog, Map.of(), imported);
    }

    public static PriceCatalog overlayFromLiteLlm(CatalogLoad load, LiteLlmImport imported) {
        return overlayFromLiteLlm(load.catalog(), load.litellmKeys(), imported);
    }

    /** @param litellmKeys catalog id to map key, as in {@link CatalogLoad#litellmKeys()} */
    public static PriceCatalog overlayFromLiteLlm(PriceCatalog catalog,
            Map<String, String> litellmKeys, LiteLlmImport imported) {
        List<ModelPrice> merged = new ArrayList<>();
        for (ModelPrice ours : catalog.models()) {
            Optional<ModelPrice> theirs =
                    imported.find(LiteLlmImport.keyFor(ours.id(), litellmKeys));
            merged.add(theirs.map(t -> merge(ours, t, imported.source())).orElse(ours));
        }
        return new PriceCatalog(merged,
                catalog.origin() + " + " + imported.source().reference());
    }

    private static ModelPrice merge(ModelPrice ours, ModelPrice theirs, PriceSource source) {
        Long window = theirs.contextWindow() != null ? theirs.contextWindow()
                : ours.contextWindow();
        return new ModelPrice(ours.id(), ours.provider(), ours.name(), window, theirs.base(),
                theirs.cache(), batch(ours, theirs, source), theirs.longContext(),
                ours.reasoning(), ours.fastModeOf(), alternatives(ours, theirs));
    }

    /**
     * The map's batch rates; when it lists none for a model the catalog says has a batch
     * API, half the new base rate, which is what LiteLLM charges in that case.
     */
    private static TokenRates batch(ModelPrice ours, ModelPrice theirs, PriceSource source) {
        if (theirs.batch() != null || ours.batch() == null) {
            return theirs.batch();
        }
        PriceSource half = new PriceSource(source.key() + "-batch-half",
                "Half the standard rate: LiteLLM's batch price for entries that list none",
                source.reference(), source.asOf(), source.dateKind());
        return new TokenRates(theirs.base().input().multiply(HALF),
                theirs.base().output().multiply(HALF), half);
    }

    /** Keeps drift visible: the displaced catalog price joins the prices not in force. */
    private static List<AlternativePrice> alternatives(ModelPrice ours, ModelPrice theirs) {
        List<AlternativePrice> kept = new ArrayList<>();
        BigDecimal ourCacheRead = ours.offersCache() ? ours.cache().read() : null;
        BigDecimal theirCacheRead = theirs.offersCache() ? theirs.cache().read() : null;
        if (!same(ours.base().input(), theirs.base().input())
                || !same(ours.base().output(), theirs.base().output())
                || !same(ourCacheRead, theirCacheRead)) {
            kept.add(new AlternativePrice(ours.base().input(), ours.base().output(),
                    ourCacheRead, ours.base().source(),
                    "Catalog price before the LiteLLM map was put on top"));
        }
        for (AlternativePrice alternative : ours.alternatives()) {
            if (!same(alternative.input(), theirs.base().input())
                    || !same(alternative.output(), theirs.base().output())) {
                kept.add(alternative);
            }
        }
        return kept;
    }

    static boolean same(BigDecimal a, BigDecimal b) {
        return Objects.equals(a, b) || (a != null && b != null && a.compareTo(b) == 0);
    }
}
