package io.tokenstack.advisor.pricing;

/**
 * One thing wrong in a catalog file.
 *
 * @param file the file as the caller named it, or {@code classpath:...} for the packaged one
 * @param modelId id of the model entry, {@code models[i]} when the entry has no usable id,
 *     or null for problems outside the model list
 * @param field path of the field inside the entry, e.g. {@code base.input}, or the path from
 *     the top of the file for problems outside the model list; null for the whole file
 * @param message what is wrong and what is allowed
 */
public record CatalogProblem(String file, String modelId, String field, String message) {

    /** One line naming file, model and field, for users and logs. */
    public String describe() {
        StringBuilder line = new StringBuilder(file);
        if (modelId != null) {
            line.append(": model '").append(modelId).append('\'');
        }
        if (field != null) {
            line.append(modelId != null ? ", " : ": ").append("field '").append(field).append('\'');
        }
        return line.append(": ").append(message).toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
