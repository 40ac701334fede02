package io.tokenstack.advisor.knowledge;

import io.tokenstack.advisor.fixtures.Shipped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * One evaluation of the shipped rule files on exactly the facts a test inserts: which rules
 * fired, in order, and every fact in working memory afterwards.
 */
final class RuleRun {

    private final List<String> fired;
    private final List<Object> facts;

    private RuleRun(List<String> fired, List<Object> facts) {
        this.fired = fired;
        this.facts = facts;
    }

    static RuleRun fire(Object... inserted) {
        KieSession session = Shipped.knowledge().kieBase().newKieSession();
        List<String> fired = new ArrayList<>();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        try {
            for (Object fact : inserted) {
                session.insert(fact);
            }
            session.fireAllRules();
            return new RuleRun(Collections.unmodifiableList(fired),
                    List.copyOf(session.getObjects()));
        } finally {
            session.dispose();
        }
    }

    List<String> fired() {
        return fired;
    }

    /** How many times the rule fired. */
    long times(String rule) {
        return fired.stream().filter(rule::equals).count();
    }

    <T> List<T> facts(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<Exclusion> exclusions() {
        return facts(Exclusion.class);
    }

    List<Finding> findingsOf(String rule) {
        return facts(Finding.class).stream().filter(f -> f.rule().equals(rule)).toList();
    }

    List<LeverOption> leverOptions() {
        return facts(LeverOption.class);
    }
}
