package io.tokenstack.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.advice.Advisor;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.knowledge.RuleProblem;
import io.tokenstack.advisor.knowledge.RuleSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario in ./rules/tests, one test each, so the build (and CI) fails on the
 * same differences {@code rules test} reports.
 */
class ShippedScenariosTest {

    private static RuleSet rules;
    private static Knowledge knowledge;
    private static List<ScenarioResult> results;

    @BeforeAll
    static void build() {
        KnowledgeLoader loader = new KnowledgeLoader();
        rules = loader.read(Path.of("rules"), Path.of("pricing/catalog.yaml"));
        knowledge = loader.build(rules);
        results = new ScenarioRunner().run(rules, knowledge);
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        return results.stream().map(result -> DynamicTest.dynamicTest(result.name(), () ->
                assertThat(result.problems()).as(result.description())
                        .extracting(RuleProblem::oneLine).isEmpty()));
    }

    @Test
    void atLeastFifteenScenariosShip() {
        assertThat(results).hasSizeGreaterThanOrEqualTo(15);
    }

    /** Every rule, and so every rule file, fires in at least one scenario's advice. */
    @Test
    void everyRuleFiresInSomeScenario() {
        Set<String> firing = new TreeSet<>();
        ScenarioReader reader = new ScenarioReader(Path.of("rules"));
        rules.scenarioFiles().forEach((file, text) -> firing.addAll(new Advisor()
                .advise(reader.read(file, text).scenario().profile(), knowledge).firedRules()));
        List<String> silent = knowledge.rules().stream()
                .filter(rule -> !firing.contains(rule.name()))
                .map(rule -> rule.file() + ": " + rule.name()).toList();
        assertThat(silent).as("rules no scenario makes fire").isEmpty();
    }
}
