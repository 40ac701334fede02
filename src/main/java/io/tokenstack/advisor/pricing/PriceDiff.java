package io.tokenstack.advisor.pricing;

import io.tokenstack.advisor.pricing.LiteLlmImport.SkipReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a catalog's prices and a LiteLLM import disagree, model by model, with both values
 * and both sources, so that a user can see which prices have drifted.
 *
 * @param models one entry per catalog model, in catalog order
 */
public record PriceDiff(List<ModelDiff> models) {

    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String CACHE_READ = "cacheRead";

    public enum Status {
        SAME,
        DIFFERENT,
        /** The import has no entry under the model's key (or skipped it, see skipReason). */
        NOT_IN_IMPORT
    }

    /**
     * One price that differs; a value is null when that side has no such price, e.g. no
     * cache read.
     */
    public record FieldDiff(String field, BigDecimal catalogValue, BigDecimal importedValue,
            PriceSource catalogSource, PriceSource importedSource) {
    }

    /**
     * @param litellmKey the map key the model was looked up under
     * @param fields the prices that differ, in the order input, output, cacheRead
     * @param skipReason why the import left the key out, when it did
     */
    public record ModelDiff(String modelId, String litellmKey, Status status,
            List<FieldDiff> fields, SkipReason skipReason) {

        public ModelDiff {
            fields = List.copyOf(fields);
        }

        public Optional<FieldDiff> field(String name) {
            return fields.stream().filter(f -> f.field().equals(name)).findFirst();
        }
    }

    public PriceDiff {
        models = List.copyOf(models);
    }

    /** Compares matching catalog ids to map keys one to one. */
    public static PriceDiff compare(PriceCatalog catalog, LiteLlmImport imported) {
        return compare(catalog, Map.of(), imported);
    }

    public static PriceDiff compare(CatalogLoad load, LiteLlmImport imported) {
        return compare(load.catalog(), load.litellmKeys(), imported);
    }

    /** @param litellmKeys catalog id to map key; ids not in it are looked up as they are */
    public static PriceDiff compare(PriceCatalog catalog, Map<String, String> litellmKeys,
            LiteLlmImport imported) {
        List<ModelDiff> diffs = new ArrayList<>();
        for (ModelPrice ours : catalog.models()) {
            String key = LiteLlmImport.keyFor(ours.id(), litellmKeys);
            Optional<ModelPrice> theirs = imported.find(key);
            if (theirs.isEmpty()) {
                diffs.add(new ModelDiff(ours.id(), key, Status.NOT_IN_IMPORT, List.of(),
                        imported.skipReason(key).orElse(null)));
                continue;
            }
            List<FieldDiff> fields = fields(ours, theirs.get());
            Status status = fields.isEmpty() ? Status.SAME : Status.DIFFERENT;
            diffs.add(new ModelDiff(ours.id(), key, status, fields, null));
        }
        return new PriceDiff(diffs);
    }

    public Optional<ModelDiff> find(String modelId) {
        return models.stream().filter(m -> m.modelId().equals(modelId)).findFirst();
    }

    public List<ModelDiff> withStatus(Status status) {
        return models.stream().filter(m -> m.status() == status).toList();
    }

    private static List<FieldDiff> fields(ModelPrice ours, ModelPrice theirs) {
        List<FieldDiff> fields = new ArrayList<>();
        PriceSource ourBase = ours.base().source();
        PriceSource theirBase = theirs.base().source();
        add(fields, INPUT, ours.base().input(), theirs.base().input(), ourBase, theirBase);
        add(fields, OUTPUT, ours.base().output(), theirs.base().output(), ourBase, theirBase);
        add(fields, CACHE_READ, cacheRead(ours), cacheRead(theirs), cacheSource(ours),
                cacheSource(theirs));
        return fields;
    }

    private static void add(List<FieldDiff> fields, String field, BigDecimal ours,
            BigDecimal theirs, PriceSource ourSource, PriceSource theirSource) {
        if (!LiteLlmOverlay.same(ours, theirs)) {
            fields.add(new FieldDiff(field, ours, theirs, ourSource, theirSource));
        }
    }

    private static BigDecimal cacheRead(ModelPrice model) {
        return model.cache() == null ? null : model.cache().read();
    }

    private static PriceSource cacheSource(ModelPrice model) {
        return model.cache() == null ? null : model.cache().source();
    }
}
