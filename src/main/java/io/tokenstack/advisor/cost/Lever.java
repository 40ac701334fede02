package io.tokenstack.advisor.cost;

import java.util.Arrays;
import java.util.Optional;

/** Provider-side ways to pay less that need no compression tool. */
public enum Lever {
    BATCH_API("batch-api"),
    PROMPT_CACHING("prompt-caching");

    private final String id;

    Lever(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Lever> ofId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }
}
