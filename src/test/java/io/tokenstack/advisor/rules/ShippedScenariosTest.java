package io.tokenstack.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.knowledge.RuleInfo;
import io.tokenstack.advisor.knowledge.RuleProblem;
import io.tokenstack.advisor.knowledge.RuleSet;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
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

    /** Each rule file has a scenario that makes at least one of its rules fire. */
    @Test
    void everyRuleFileIsCoveredByAScenario() {
        Set<String> firing = new TreeSet<>();
        ScenarioReader reader = new ScenarioReader(Path.of("rules"));
        rules.scenarioFiles().forEach((file, text) -> {
            Scenario scenario = reader.read(file, text).scenario();
            firing.addAll(new io.tokenstack.advisor.advice.Advisor()
                    .advise(scenario.profile(), knowledge).firedRules());
        });
        Set<String> uncovered = knowledge.rules().stream()
                .filter(rule -> !firing.contains(rule.name()))
                .map(RuleInfo::file).collect(Collectors.toCollection(TreeSet::new));
        Set<String> files = knowledge.rules().stream().map(RuleInfo::file)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> coveredFiles = knowledge.rules().stream()
                .filter(rule -> firing.contains(rule.name())).map(RuleInfo::file)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(coveredFiles).as("rule files with a firing rule; partly uncovered: %s",
                uncovered).isEqualTo(files);
    }
}
