package io.tokenstack.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.fixtures.Shipped;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each rule file has a test class and each rule a nested class named after it, so a rule
 * added, renamed or moved without its test fails here.
 */
class EveryRuleHasItsTestTest {

    private static final Map<String, Class<?>> TEST_OF_FILE = Map.ofEntries(
            Map.entry("applicability.drl", ApplicabilityRulesTest.class),
            Map.entry("batch.drl", BatchRulesTest.class),
            Map.entry("breakeven.drl", BreakEvenRulesTest.class),
            Map.entry("caching.drl", CachingRulesTest.class),
            Map.entry("evidence.drl", EvidenceRulesTest.class),
            Map.entry("longcontext.drl", LongContextRulesTest.class),
            Map.entry("overlaps.drl", OverlapRulesTest.class),
            Map.entry("priority.drl", PriorityRulesTest.class),
            Map.entry("privacy.drl", PrivacyRulesTest.class),
            Map.entry("reasoning.drl", ReasoningRulesTest.class),
            Map.entry("risks.drl", RiskRulesTest.class),
            Map.entry("tiers.drl", TierRulesTest.class));

    @Test
    void everyRuleFileHasATestClass() {
        assertThat(Shipped.knowledge().rules()).extracting(RuleInfo::file).allSatisfy(
                file -> assertThat(TEST_OF_FILE).as("test class for " + file).containsKey(file));
    }

    @Test
    void eachRuleHasANestedTestNamedAfterItAndNoTestOutlivesItsRule() {
        Map<String, List<String>> rulesByFile = Shipped.knowledge().rules().stream().collect(
                Collectors.groupingBy(RuleInfo::file,
                        Collectors.mapping(RuleInfo::name, Collectors.toList())));

        TEST_OF_FILE.forEach((file, testClass) -> assertThat(nestedNames(testClass))
                .as(testClass.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(rulesByFile.getOrDefault(file, List.of())));
    }

    private static List<String> nestedNames(Class<?> testClass) {
        return Arrays.stream(testClass.getDeclaredClasses()).map(Class::getSimpleName).toList();
    }
}
