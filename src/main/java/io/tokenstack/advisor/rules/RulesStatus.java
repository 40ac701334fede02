package io.tokenstack.advisor.rules;

import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.knowledge.RuleInfo;
import io.tokenstack.advisor.knowledge.RuleProblem;
import java.util.List;

/**
 * The rule set in force and how the last attempt to build or reload went, as the rules
 * endpoint and the health details show it.
 *
 * @param knowledgeBase null while no knowledge base has been built
 * @param rules every rule in force with its file and sentence; empty while none is built
 * @param lastAttempt null before the first build
 */
public record RulesStatus(KnowledgeBase knowledgeBase, List<RuleInfo> rules,
        Attempt lastAttempt) {

    public record KnowledgeBase(String version, String loadedAt, String rules, String pricing,
            int ruleCount) {
    }

    /** @param errors each located problem; its text is {@code file:line:column: message} */
    public record Attempt(String at, String version, boolean succeeded,
            List<RuleProblem> errors) {
    }

    static RulesStatus of(KnowledgeHolder holder) {
        Knowledge knowledge = holder.loaded().orElse(null);
        KnowledgeHolder.Attempt attempt = holder.lastAttempt();
        return new RulesStatus(
                knowledge == null ? null : new KnowledgeBase(knowledge.version(),
                        knowledge.loadedAt().toString(), knowledge.source().origin(),
                        knowledge.source().pricingOrigin(), knowledge.rules().size()),
                knowledge == null ? List.of() : knowledge.rules(),
                attempt == null ? null : new Attempt(attempt.at().toString(), attempt.version(),
                        attempt.succeeded(), attempt.problems()));
    }

    public boolean serving() {
        return knowledgeBase != null;
    }
}
