package io.tokenstack.advisor.tools;

import io.tokenstack.advisor.support.Closest;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
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
}
