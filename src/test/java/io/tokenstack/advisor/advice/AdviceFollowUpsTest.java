package io.tokenstack.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.profile.ProfileChanges;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.support.InvalidInputException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the shell's follow-up questions compute from an advice: what-if, why, break-even. */
class AdviceFollowUpsTest {

    private static Knowledge knowledge;
    private static TeamProfile baseline;
    private static TeamProfile solo;
    private static Advice baselineAdvice;

    private final Advisor advisor = new Advisor();

    @BeforeAll
    static void build() {
        KnowledgeLoader loader = new KnowledgeLoader();
        knowledge = loader.build(loader.read(Path.of("rules"), Path.of("pricing/catalog.yaml")));
        ProfileReader reader = new ProfileReader();
        baseline = reader.readFile(Path.of("profiles/article-baseline.yaml"));
        solo = reader.readFile(Path.of("profiles/solo-budget.yaml"));
        baselineAdvice = new Advisor().advise(baseline, knowledge);
    }

    @Test
    void tenTimesTheDevelopersMultipliesTheBillByTen() {
        ProfileChanges tenfold = new ProfileChanges(null, 10, null, null, null, null, null,
                null, null, null);
        Advice after = advisor.advise(tenfold.applyTo(baseline), knowledge);

        AdviceDiff diff = AdviceDiff.between(tenfold.describe(), baselineAdvice, after);

        BigDecimal before = baselineAdvice.baseline().monthlyCostUsd();
        assertThat(diff.after().money().baselineMonthlyUsd())
                .isEqualByComparingTo(before.multiply(BigDecimal.TEN));
        assertThat(diff.difference().baselineMonthlyUsd())
                .isEqualByComparingTo(before.multiply(BigDecimal.valueOf(9)));
        assertThat(diff.before().money().monthlyCostAfterAdviceUsd()).isEqualByComparingTo(
                before.subtract(baselineAdvice.recommendations().get(0).monthlySavingsUsd()));
        assertThat(diff.changes()).containsExactly("developers: 10");
    }

    @Test
    void aStrictPolicyShowsWhichToolsLeaveAndWhichRulesStartFiring() {
        ProfileChanges strict = new ProfileChanges(null, null, null, null, null, null, null,
                ProfileChanges.parsePolicy("o", "strict"), null, null);
        Advice after = advisor.advise(strict.applyTo(baseline), knowledge);

        AdviceDiff diff = AdviceDiff.between(strict.describe(), baselineAdvice, after);

        assertThat(diff.newlyExcluded()).contains("headroom").doesNotContain("rtk");
        assertThat(diff.rulesNowFiring()).contains("ProxyForbiddenExcludesProxyTool");
        assertThat(diff.after().first().stack()).doesNotContain("headroom");
        assertThat(diff.sameFirstRecommendation()).isFalse();
        assertThat(diff.difference().baselineMonthlyUsd()).isEqualByComparingTo("0");
    }

    @Test
    void theWholeAdviceIsExplainedByEveryFiredRuleInFiringOrder() {
        Explanation why = Explanation.of(baselineAdvice, knowledge);

        assertThat(why.steps()).extracting(Explanation.Step::rule)
                .containsExactlyElementsOf(baselineAdvice.firedRules());
        Explanation.Step tier = why.steps().stream()
                .filter(s -> s.rule().equals("InputFromFourDollarsIsFrontierExpensive"))
                .findFirst().orElseThrow();
        assertThat(tier.file()).isEqualTo("tiers.drl");
        assertThat(tier.description()).isNotBlank();
        assertThat(tier.notes()).singleElement().asString().contains("$5.00/M");
        assertThat(why.stack()).isEqualTo(baselineAdvice.recommendations().get(0).stack());
    }

    @Test
    void oneRecommendationIsExplainedOnlyByTheRulesThatWroteAboutIt() {
        Advice.Recommendation second = baselineAdvice.recommendations().get(1);

        Explanation why = Explanation.ofRank(baselineAdvice, knowledge, 2);

        assertThat(why.rank()).isEqualTo(2);
        assertThat(why.stack()).isEqualTo(second.stack());
        assertThat(why.steps()).allSatisfy(s -> assertThat(s.notes()).isNotEmpty());
        assertThat(why.steps().stream().flatMap(s -> s.notes().stream()).toList())
                .containsAll(second.explanation().stream().map(Advice.Note::text).toList());
    }

    @Test
    void aRankTheAdviceDoesNotHaveIsTheUsersMistake() {
        assertThatThrownBy(() -> Explanation.ofRank(baselineAdvice, knowledge, 99))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no rank 99");
    }

    @Test
    void breakEvenListsEveryToolAloneThenTheFirstStackWithTheAdvicesVerdict() {
        BreakEven.Report report = BreakEven.of(baseline, knowledge, baselineAdvice, List.of());

        List<List<String>> stacks = report.rows().stream().map(BreakEven.Row::stack).toList();
        assertThat(stacks.subList(0, knowledge.tools().all().size()))
                .allSatisfy(s -> assertThat(s).hasSize(1));
        assertThat(stacks).contains(baselineAdvice.recommendations().get(0).stack());
        BreakEven.Row rtk = report.rows().get(0);
        assertThat(rtk.stack()).containsExactly("rtk");
        // Claimed evidence, one developer: 5 minutes at $100 an hour; 80% of 118,000 shell
        // tokens at $5/M over 110 sessions saves $51.92 a month.
        assertThat(rtk.setupCostUsd()).isEqualByComparingTo("8.33");
        assertThat(rtk.monthlySavingsUsd()).isEqualByComparingTo("51.92");
        assertThat(rtk.paysBackWithinHorizon()).isTrue();
        assertThat(rtk.verdict()).startsWith("recommended, rank ");
        assertThat(report.rows()).filteredOn(r -> r.stack().equals(List.of("cavegemma")))
                .singleElement().satisfies(r -> assertThat(r.verdict())
                        .startsWith("excluded (OwnGemmaRequiredExcludesCavegemma)"));
    }

    @Test
    void onABudgetModelNoToolPaysBackAndEachSaysWhy() {
        Advice advice = advisor.advise(solo, knowledge);

        BreakEven.Report report = BreakEven.of(solo, knowledge, advice, List.of());

        assertThat(report.rows()).allSatisfy(r -> assertThat(r.paysBackWithinHorizon())
                .isFalse());
        assertThat(report.rows()).allSatisfy(r -> assertThat(r.verdict())
                .matches("(not recommended|excluded) \\(\\w+\\): .+"));
    }
}
