package io.tokenstack.advisor.rules;

import io.tokenstack.advisor.knowledge.RuleProblem;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Health of the rules: UP while a knowledge base serves, even when the last reload was
 * refused (the previous version keeps answering correctly; the details say what failed);
 * DOWN when none could be built; UNKNOWN before the first build.
 */
public class RulesHealthIndicator implements HealthIndicator {

    private final RulesService rules;

    public RulesHealthIndicator(RulesService rules) {
        this.rules = rules;
    }

    @Override
    public Health health() {
        RulesStatus status = rules.status(false);
        Health.Builder health = status.serving() ? Health.up()
                : status.lastAttempt() != null && !status.lastAttempt().succeeded()
                        ? Health.down() : Health.unknown();
        if (status.serving()) {
            health.withDetail("version", status.knowledgeBase().version())
                    .withDetail("loadedAt", status.knowledgeBase().loadedAt())
                    .withDetail("rules", status.knowledgeBase().rules())
                    .withDetail("ruleCount", status.knowledgeBase().ruleCount());
        }
        if (status.lastAttempt() != null) {
            RulesStatus.Attempt attempt = status.lastAttempt();
            health.withDetail("lastAttempt", Map.of(
                    "at", attempt.at(),
                    "version", String.valueOf(attempt.version()),
                    "succeeded", attempt.succeeded(),
                    "errors", attempt.errors().stream().map(RuleProblem::oneLine).toList()));
        }
        return health.build();
    }
}
