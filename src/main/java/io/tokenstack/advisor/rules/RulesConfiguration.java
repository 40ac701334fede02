package io.tokenstack.advisor.rules;

import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rule-editing feature. The watcher runs only where {@code advisor.rules.watch} is true,
 * which the {@code serve} profile sets: a one-shot command has nothing to watch.
 */
@Configuration(proxyBeanMethods = false)
class RulesConfiguration {

    @Bean
    RulesService rulesService(KnowledgeHolder knowledgeHolder) {
        return new RulesService(knowledgeHolder);
    }

    @Bean
    @ConditionalOnProperty(name = "advisor.rules.watch", havingValue = "true")
    RulesWatcher rulesWatcher(RulesService rulesService,
            @Value("${advisor.rules.debounce:400ms}") Duration debounce,
            @Value("${advisor.rules.poll-interval:1s}") Duration pollInterval,
            @Value("${advisor.rules.polling:false}") boolean polling) {
        return new RulesWatcher(rulesService, debounce, pollInterval, polling);
    }

    /** Named so the health endpoint lists it as {@code rules}. */
    @Bean
    RulesHealthIndicator rulesHealthIndicator(RulesService rulesService) {
        return new RulesHealthIndicator(rulesService);
    }
}
