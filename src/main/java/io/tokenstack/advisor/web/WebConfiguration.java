package io.tokenstack.advisor.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.profile.ProfileLibrary;
import io.tokenstack.advisor.profile.ProfileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What only the web service needs: the profiles folder, the knowledge base built before the
 * service reports ready, and what health, info and the API description say about it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(WebConfiguration.class);

    @Bean
    ProfileLibrary profileLibrary(@Value("${advisor.profiles-dir:profiles}") String folder,
            ProfileReader reader) {
        return new ProfileLibrary(Path.of(folder), reader);
    }

    /**
     * Builds the knowledge base and advises one profile before the service takes traffic:
     * Spring Boot reports readiness only after the runners return, so no request waits for
     * the rule build. A build that fails leaves the service up but not ready (see the
     * knowledgeBase health indicator); requests then get 503 until the rules are fixed.
     */
    @Bean
    ApplicationRunner warmKnowledge(KnowledgeHolder holder, AdvisorService advisor,
            ProfileReader reader) {
        return args -> {
            try {
                Knowledge knowledge = holder.current();
                advisor.advise("warm-up", reader.readJson("warm-up",
                        ApiExamples.ARTICLE_BASELINE.getBytes(StandardCharsets.UTF_8)));
                LOG.info("Knowledge base {} loaded: {} rules from {}, prices from {}",
                        knowledge.version(), knowledge.rules().size(),
                        knowledge.source().origin(), knowledge.source().pricingOrigin());
            } catch (RuntimeException e) {
                LOG.error("Knowledge base did not load; the service is not ready", e);
            }
        };
    }

    @Bean
    HealthIndicator knowledgeBaseHealthIndicator(KnowledgeHolder holder) {
        return () -> {
            if (!holder.isLoaded()) {
                return Health.down().withDetail("reason", "the rules have not built").build();
            }
            Knowledge knowledge = holder.current();
            return Health.up().withDetail("version", knowledge.version())
                    .withDetail("loadedAt", knowledge.loadedAt().toString()).build();
        };
    }

    @Bean
    InfoContributor knowledgeBaseInfo(KnowledgeHolder holder) {
        return builder -> {
            Map<String, Object> info = new LinkedHashMap<>();
            if (holder.isLoaded()) {
                Knowledge knowledge = holder.current();
                info.put("version", knowledge.version());
                info.put("loadedAt", knowledge.loadedAt().toString());
                info.put("rules", knowledge.rules().size());
            } else {
                info.put("version", null);
            }
            builder.withDetail("knowledgeBase", info);
        };
    }

    @Bean
    OpenAPI advisorOpenApi(@Value("${info.app.version:unknown}") String version) {
        return new OpenAPI().info(new Info().title("Token Stack Advisor")
                .version(version)
                .description("Which LLM token-compression tools and provider levers pay off "
                        + "for a team. Client errors are RFC 9457 problems "
                        + "(application/problem+json) with an errors list naming each field "
                        + "and what is allowed."));
    }
}
