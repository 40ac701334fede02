package io.tokenstack.advisor.pricing;

import io.tokenstack.advisor.support.Closest;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The models the advisor can price, by id, in the order they were declared.
 */
public final class PriceCatalog {

    private final Map<String, ModelPrice> models;
    private final String origin;

    public PriceCatalog(Collection<ModelPrice> models, String origin) {
        Map<String, ModelPrice> byId = new LinkedHashMap<>();
        models.forEach(m -> byId.put(m.id(), m));
        this.models = Collections.unmodifiableMap(byId);
        this.origin = origin;
    }

    public Optional<ModelPrice> find(String id) {
        return Optional.ofNullable(models.get(id));
    }

    public Collection<ModelPrice> models() {
        return models.values();
    }

    public boolean contains(String id) {
        return models.containsKey(id);
    }

    /** Where the catalog was read from, for messages. */
    public String origin() {
        return origin;
    }

    /** Known id closest to an unknown one, for "did you mean" hints. */
    public Optional<String> closestId(String unknown) {
        return Closest.of(unknown, models.keySet());
    }

    /**
     * The model with this id; an unknown id is a user's typo, reported with the nearest known
     * id.
     *
     * @param origin where the id came from, e.g. "option --models"
     */
    public ModelPrice require(String origin, String id) {
        ModelPrice model = models.get(id);
        if (model == null) {
            String hint = closestId(id).map(k -> "; did you mean '" + k + "'?")
                    .orElse("; see the models command for known ids");
            throw new InvalidInputException(new InputProblem(origin, null,
                    "unknown model '" + id + "'" + hint));
        }
        return model;
    }

    /** A catalog with {@code overrides} replacing or adding models of this one. */
    public PriceCatalog overlay(PriceCatalog overrides) {
        Map<String, ModelPrice> merged = new LinkedHashMap<>(models);
        overrides.models().forEach(m -> merged.put(m.id(), m));
        return new PriceCatalog(merged.values(), origin + " + " + overrides.origin());
    }
}
