package io.tokenstack.advisor.advice;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records every rule firing of one evaluation, in order. */
final class FiredRules extends DefaultAgendaEventListener {

    private final List<String> names = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        names.add(event.getMatch().getRule().getName());
    }

    List<String> inOrder() {
        return names;
    }

    /** Each rule once, at its first firing. */
    List<String> distinctInOrder() {
        return names.stream().distinct().toList();
    }
}
