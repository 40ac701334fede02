package io.tokenstack.advisor.tools;

import io.tokenstack.advisor.support.Closest;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tools the knowledge base weighs, in file order. */
public final class ToolCatalog {

    private final Map<String, Tool> tools;

    public ToolCatalog(Collection<Tool> tools) {
        Map<String, Tool> byId = new LinkedHashMap<>();
        tools.forEach(t -> byId.put(t.id(), t));
        this.tools = Collections.unmodifiableMap(byId);
    }

    public Collection<Tool> all() {
        return tools.values();
    }

    public Optional<Tool> find(String id) {
        return Optional.ofNullable(tools.get(id));
    }

    public Optional<String> closestId(String unknown) {
        return Closest.of(unknown, tools.keySet());
    }

    /**
     * The tools named by {@code ids}, in that order; an unknown id is a user's typo, reported
     * with the nearest known id.
     *
     * @param origin where the ids came from, e.g. "option --stack"
     */
    public List<Tool> require(String origin, List<String> ids) {
        List<Tool> found = new ArrayList<>();
        for (String id : ids) {
            Tool tool = tools.get(id);
            if (tool == null) {
                String hint = closestId(id).map(k -> "; did you mean '" + k + "'?")
                        .orElse("; known tools: " + String.join(", ", tools.keySet()));
                throw new InvalidInputException(new InputProblem(origin, null,
                        "unknown tool '" + id + "'" + hint));
            }
            if (!found.contains(tool)) {
                found.add(tool);
            }
        }
        return found;
    }
}
