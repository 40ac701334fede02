package io.tokenstack.advisor.config;

import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.compare.CompareService;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.profile.ProfileReader;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the features together; the folders come from properties so users can point away. */
@Configuration(proxyBeanMethods = false)
class AdvisorConfiguration {

    @Bean
    KnowledgeHolder knowledgeHolder(@Value("${advisor.rules-dir:rules}") String rulesDir,
            @Value("${advisor.pricing-file:pricing/catalog.yaml}") String pricingFile) {
        return new KnowledgeHolder(Path.of(rulesDir), Path.of(pricingFile));
    }

    @Bean
    AdvisorService advisorService(KnowledgeHolder knowledgeHolder) {
        return new AdvisorService(knowledgeHolder);
    }

    @Bean
    CompareService compareService(KnowledgeHolder knowledgeHolder) {
        return new CompareService(knowledgeHolder);
    }

    @Bean
    ProfileReader profileReader() {
        return new ProfileReader();
    }
}
