package io.tokenstack.advisor.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.compare.CompareService;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.profile.ProfileLibrary;
import io.tokenstack.advisor.profile.ProfileReader;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * One Spring MVC slice shared by every controller and error-mapping test: the controllers with
 * the real features behind them (the repository's rules, prices and profiles), so the
 * problems asserted are the ones users get. Every subclass keeps this exact configuration, so
 * the context is built once. The configuration is the test's own, not the application class,
 * so shell commands and other features stay out of the slice.
 */
// @WebMvcTest carries the Spring extension already; saying it here marks this as a test class
// to Boot's scan filter, which then keeps Features out of the full application's contexts.
@ExtendWith(SpringExtension.class)
@WebMvcTest(controllers = {AdviceController.class, CatalogController.class,
        CompareController.class, ProblemErrorController.class})
@ContextConfiguration(classes = WebSliceTest.Features.class)
abstract class WebSliceTest {

    @Configuration(proxyBeanMethods = false)
    @Import({AdviceController.class, CatalogController.class, CompareController.class,
            ProblemErrorController.class, ProblemHandler.class})
    static class Features {

        @Bean
        KnowledgeHolder knowledgeHolder() {
            return new KnowledgeHolder(Path.of("rules"), Path.of("pricing", "catalog.yaml"));
        }

        @Bean
        AdvisorService advisorService(KnowledgeHolder knowledge) {
            return new AdvisorService(knowledge);
        }

        @Bean
        CompareService compareService(KnowledgeHolder knowledge) {
            return new CompareService(knowledge);
        }

        @Bean
        ProfileReader profileReader() {
            return new ProfileReader();
        }

        @Bean
        ProfileLibrary profileLibrary(ProfileReader reader) {
            return new ProfileLibrary(Path.of("profiles"), reader);
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    /** Real behaviour unless a test stubs it; Mockito resets it after each test. */
    @MockitoSpyBean
    AdvisorService advisor;

    @Autowired
    MeterRegistry meters;

    JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsByteArray());
    }
}
