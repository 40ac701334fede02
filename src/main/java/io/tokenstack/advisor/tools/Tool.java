package io.tokenstack.advisor.tools;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the knowledge base knows about one compression tool, read from the editable
 * {@code rules/tools.yaml}. No number about a tool lives in Java.
 *
 * @param agents how the tool attaches to each agent it supports (hook, skill, proxy, mcp,
 *     rules-file, command, model); an agent missing here is not supported
 * @param exclusiveSlots things only one tool may hold at a time (the agent's shell hook, a
 *     proxy port); two tools sharing a slot are never stacked
 */
public record Tool(
        String id,
        String name,
        String repository,
        String mechanism,
        Map<String, String> agents,
        Evidence claimed,
        Evidence measured,
        AddedInput addedInput,
        CacheEffect cacheEffect,
        Setup setup,
        DataHandling data,
        String licence,
        boolean sourceAvailableLicence,
        List<String> exclusiveSlots,
        boolean hookBased,
        boolean requiresOwnGemma,
        String summary) {

    public Tool {
        // File order, not Map.copyOf's: that order changes from one JVM to the next, and the
        // agents are listed in advice that must read the same every time.
        agents = agents == null ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(agents));
        exclusiveSlots = exclusiveSlots == null ? List.of() : List.copyOf(exclusiveSlots);
    }

    public boolean supportsAgent(String agent) {
        return agents.containsKey(agent);
    }

    public String attachmentFor(String agent) {
        return agents.get(agent);
    }

    public boolean proxiesTraffic() {
        return data != null && data.proxiesTraffic();
    }

    public boolean sendsContentToThirdParty() {
        return data != null && data.contentToThirdParty();
    }

    public boolean defaultOnTelemetry() {
        return data != null && data.defaultOnTelemetry();
    }

    /** The evidence for a level; measured falls back to claimed when nothing was measured. */
    public Evidence evidence(boolean claimedLevel) {
        if (claimedLevel || measured == null || measured.effects().isEmpty()) {
            return claimed;
        }
        return measured;
    }

    public boolean hasMeasuredEvidence() {
        return measured != null && !measured.effects().isEmpty();
    }

    /** True when the measured figure says the tool adds tokens instead of removing them. */
    public boolean hasNegativeMeasuredEffect() {
        return hasMeasuredEvidence()
                && measured.effects().stream().anyMatch(e -> e.ratio().signum() < 0);
    }

    public boolean breaksCacheOnMeasuredEvidence() {
        return cacheEffect != null && cacheEffect.measuredMissMultiplier() != null
                && cacheEffect.measuredMissMultiplier().compareTo(java.math.BigDecimal.ONE) > 0;
    }

    public boolean hasAnyEffect() {
        return (claimed != null && !claimed.effects().isEmpty()) || hasMeasuredEvidence();
    }
}
