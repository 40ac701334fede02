package io.tokenstack.advisor.knowledge;

import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.tools.ToolCatalog;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One built knowledge base: compiled rules, tool facts and prices that belong together. It is
 * immutable and shared by all requests; each evaluation opens its own session on it.
 */
public record Knowledge(
        KieBase kieBase,
        List<RuleInfo> rules,
        ToolCatalog tools,
        PriceCatalog prices,
        RuleSet source,
        String version,
        Instant loadedAt,
        KieSessionsPool sessions) {

    /** Idle sessions kept per knowledge base; more are created on demand under load. */
    static final int POOL_SIZE = 8;

    public Knowledge(KieBase kieBase, List<RuleInfo> rules, ToolCatalog tools,
            PriceCatalog prices, RuleSet source, String version, Instant loadedAt) {
        this(kieBase, rules, tools, prices, source, version, loadedAt,
                ((InternalKnowledgeBase) kieBase).newKieSessionsPool(POOL_SIZE));
    }

    /**
     * A session for one evaluation. Sessions come from a pool on the knowledge base: resetting
     * a disposed session is cheaper than building the rete memories of a new one; dispose it
     * when done to give it back.
     */
    public KieSession newSession() {
        return sessions().newKieSession();
    }

    public Optional<RuleInfo> rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /**
     * The rules an advice says fired ({@code Advice.firedRules}), in the same order, each with
     * its file and sentence, for {@code explain}. A name this knowledge base does not hold
     * keeps an empty file and sentence: the advice came from another version (check
     * {@link #version()} against the advice's) or the rule was renamed since.
     */
    public List<RuleInfo> describe(List<String> firedRules) {
        return firedRules.stream().map(name -> rule(name).orElse(new RuleInfo(name, "", "")))
                .toList();
    }
}
