package io.tokenstack.advisor.tools;

import java.util.List;

/** One evidence level of a tool: the reductions it was credited with, and where from. */
public record Evidence(List<Effect> effects, String source, String note) {

    public Evidence {
        effects = effects == null ? List.of() : List.copyOf(effects);
    }
}
