package io.tokenstack.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.knowledge.RuleProblem;
import io.tokenstack.advisor.knowledge.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a scenario reports when the advice differs from it, and where. */
class ScenarioRunnerTest {

    private static Knowledge knowledge;

    @TempDir
    Path folder;

    @BeforeAll
    static void build() {
        KnowledgeLoader loader = new KnowledgeLoader();
        knowledge = loader.build(loader.read(Path.of("rules"), Path.of("pricing/catalog.yaml")));
    }

    private ScenarioResult run(String yaml) {
        RuleSet set = new RuleSet(folder.toString(), Map.of("tests/case.yaml", yaml), "prices",
                "");
        List<ScenarioResult> results = new ScenarioRunner().run(set, knowledge);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    @Test
    void passingScenarioHasNoProblems() {
        ScenarioResult result = run("""
                profile: article-baseline
                expect:
                  top: {stack: rtk+caveman+headroom}
                """);
        assertThat(result.passed()).isTrue();
        assertThat(result.name()).isEqualTo("case");
    }

    @Test
    void wrongTopStackIsReportedAtItsLineWithTheDifference() {
        ScenarioResult result = run("""
                profile: article-baseline
                expect:
                  top:
                    levers: []
                    stack: [rtk, caveman]
                """);
        assertThat(result.problems()).extracting(RuleProblem::oneLine).containsExactly(
                "tests/case.yaml:5:0: top.stack: expected caveman+rtk, got rtk+caveman+headroom");
    }

    @Test
    void numberOutsideItsToleranceShowsTheGap() {
        ScenarioResult result = run("""
                profile: article-baseline
                expect:
                  top:
                    monthlySavingsUsd: {value: 85.00, tolerance: 0.1}
                  baseline: {monthlyCostUsd: 106.15}
                """);
        assertThat(result.problems()).extracting(RuleProblem::line).containsExactly(4);
        assertThat(result.problems().get(0).message()).isEqualTo("top.monthlySavingsUsd:"
                + " expected 85.00 ± 0.1, got 85.22 (off by 0.22)");
    }

    @Test
    void nullBreakEvenIsExpectedAsNull() {
        ScenarioResult result = run("""
                profile: article-baseline
                change: {evidence: measured}
                expect:
                  top: {stack: none, breakEvenWorkingDays: null}
                  notRecommended:
                    - {stack: [rtk], rule: StackNeverPayingBackIsRejected,
                       breakEvenWorkingDays: 3}
                """);
        assertThat(result.problems()).extracting(RuleProblem::oneLine).containsExactly(
                "tests/case.yaml:7:0: notRecommended[0].breakEvenWorkingDays: expected 3,"
                        + " got null");
    }

    @Test
    void aRankedStackFailsNotRecommendedAndAMissingOneFailsRecommended() {
        ScenarioResult result = run("""
                profile: article-baseline
                expect:
                  notRecommended: [[rtk, caveman]]
                  recommended: [[rtk, lean-ctx]]
                """);
        assertThat(result.problems()).extracting(RuleProblem::message).containsExactly(
                "notRecommended[0]: expected caveman+rtk not to be recommended, it ranks 2"
                        + " (rtk+caveman)",
                "recommended[0]: expected lean-ctx+rtk among the recommendations, got"
                        + " rtk+caveman+headroom, rtk+caveman, caveman+headroom+lean-ctx,"
                        + " caveman+lean-ctx, caveman+headroom, rtk+headroom, rtk,"
                        + " headroom+lean-ctx, lean-ctx, headroom");
    }

    @Test
    void misspeltRuleNameIsNamedWithTheClosestRule() {
        ScenarioResult result = run("""
                profile: article-baseline
                expect:
                  notFired: [InteractiveOnlyTeamGetNoBatchApi]
                """);
        assertThat(result.problems()).extracting(RuleProblem::oneLine).containsExactly(
                "tests/case.yaml:3:0: notFired: no rule is named InteractiveOnlyTeamGetNoBatchApi"
                        + " (did you mean InteractiveOnlyTeamGetsNoBatchApi?)");
    }

    @Test
    void exclusionByAnotherRuleIsADifference() {
        ScenarioResult result = run("""
                profile: strict-privacy-frontier
                expect:
                  excluded:
                    - {tool: headroom, rule: ProxyForbiddenExcludesProxyTool}
                    - {tool: rtk}
                    - {tool: caveman-compress, rule: ProxyForbiddenExcludesProxyTool}
                """);
        assertThat(result.problems()).extracting(RuleProblem::oneLine).containsExactly(
                "tests/case.yaml:5:0: excluded[1]: expected rtk to be excluded, it was not",
                "tests/case.yaml:6:0: excluded[2]: expected caveman-compress excluded by"
                        + " ProxyForbiddenExcludesProxyTool, got"
                        + " [ThirdPartyContentForbiddenExcludesTool]");
    }

    @Test
    void unknownProfileFieldInTheChangeIsReportedAtTheChangedLine() {
        ScenarioResult result = run("""
                profile: article-baseline
                change:
                  team:
                    developerz: 10
                expect: {top: {stack: none}}
                """);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).line()).isEqualTo(4);
        assertThat(result.problems().get(0).message())
                .startsWith("profile.team.developerz: unknown field 'developerz'");
    }

    @Test
    void invalidProfileValueIsReportedWhereTheChangeSetsIt() {
        ScenarioResult result = run("""
                profile: article-baseline
                change:
                  models: [{id: claude-opus-4-9, share: 1.0}]
                expect: {top: {stack: none}}
                """);
        assertThat(result.problems()).extracting(RuleProblem::line).containsExactly(3);
        assertThat(result.problems().get(0).message()).contains("claude-opus-4-8");
    }

    @Test
    void unknownShippedProfileListsTheShippedOnes() {
        ScenarioResult result = run("""
                expect: {top: {stack: none}}
                profile: article-basline
                """);
        assertThat(result.problems()).extracting(RuleProblem::line).containsExactly(2);
        assertThat(result.problems().get(0).message()).contains("article-basline",
                "not found", "article-baseline", "solo-budget");
    }

    @Test
    void profileFileIsResolvedFromTheScenariosFolder() throws IOException {
        Path profiles = Files.createDirectories(folder.resolve("profiles"));
        Files.writeString(profiles.resolve("mine.yaml"), """
                name: mine
                models: [{id: claude-sonnet-4-6, share: 1.0}]
                """);
        ScenarioResult result = run("""
                profile: ../profiles/mine.yaml
                expect:
                  baseline: {monthlyCostUsd: 63.69}
                """);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void inlineProfileWithChangeMergesFieldByField() {
        ScenarioResult result = run("""
                profile:
                  team: {developers: 2, hourlyCostUsd: 50}
                  models: [{id: claude-sonnet-4-6, share: 1.0}]
                change:
                  team: {developers: 1}
                expect:
                  baseline: {monthlyCostUsd: 63.69, sessionsPerMonth: 110}
                """);
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void shapeMistakesAreFoundBeforeAnythingRuns() {
        ScenarioResult result = run("""
                profile: article-baseline
                expectations: {}
                expect:
                  top:
                    stack: [rtk]
                    savings: 3
                    priority: P7
                  baseline: {monthlyCostUsd: {value: 1, tolerence: 0.1}}
                  notRecommended:
                    - {stack: [rtk], monthlySavingsUsd: 1}
                """);
        assertThat(result.problems()).extracting(RuleProblem::oneLine).containsExactlyInAnyOrder(
                "tests/case.yaml:2:0: unknown field 'expectations'; allowed: description,"
                        + " profile, change, expect",
                "tests/case.yaml:6:0: expect.top.savings: unknown field; allowed: stack,"
                        + " levers, priority, rank, warned, explained, monthlyCostUsd,"
                        + " monthlySavingsUsd, perDeveloperMonthlySavingsUsd, savingsPercent,"
                        + " setupCostUsd, upkeepMonthlyUsd, netValueUsd, breakEvenWorkingDays",
                "tests/case.yaml:7:0: expect.top.priority: one of P1, P2, P3, P4",
                "tests/case.yaml:8:0: expect.baseline.monthlyCostUsd.tolerence: unknown field;"
                        + " allowed: value, tolerance",
                "tests/case.yaml:10:0: expect.notRecommended[0]: name the rule that rejects it"
                        + " to check its figures");
    }

    @Test
    void textThatIsNotYamlIsReportedWhereParsingStopped() {
        ScenarioResult result = run("""
                profile: article-baseline
                expect:
                  top: {stack: [rtk
                """);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).line()).isBetween(3, 4);
        assertThat(result.problems().get(0).message()).startsWith("not valid YAML");
    }

    @Test
    void ruleActionThatThrowsFailsTheScenarioInsteadOfEscaping() {
        KnowledgeLoader loader = new KnowledgeLoader();
        RuleSet base = loader.read(Path.of("rules"), Path.of("pricing/catalog.yaml"));
        java.util.Map<String, String> files = new java.util.TreeMap<>(base.files());
        files.put("explode.drl", """
                package tokenstack.rules;
                import io.tokenstack.advisor.knowledge.ProfileFacts;
                rule "ProfileExplodes"
                    @description("Throws, as an edited rule can.")
                when
                    ProfileFacts()
                then
                    throw new IllegalStateException("boom");
                end
                """);
        RuleSet set = new RuleSet(folder.toString(), Map.of("tests/case.yaml", """
                profile: article-baseline
                expect: {top: {stack: none}}
                """), base.pricingOrigin(), base.pricingText());
        Knowledge broken = loader.build(new RuleSet(folder.toString(), files,
                base.pricingOrigin(), base.pricingText()));
        ScenarioResult result = new ScenarioRunner().run(set, broken).get(0);
        assertThat(result.problems()).hasSize(1);
        assertThat(result.problems().get(0).line()).isEqualTo(1);
        assertThat(result.problems().get(0).message())
                .startsWith("advising on this profile failed:").contains("ProfileExplodes");
    }
}
