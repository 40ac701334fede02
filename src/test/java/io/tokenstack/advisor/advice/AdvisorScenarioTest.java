package io.tokenstack.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tokenstack.advisor.advice.Advice.Excluded;
import io.tokenstack.advisor.advice.Advice.Note;
import io.tokenstack.advisor.advice.Advice.Recommendation;
import io.tokenstack.advisor.fixtures.Shipped;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.profile.ModelShare;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped profiles through the whole advisor: rules, cost model and rendering. */
class AdvisorScenarioTest {

    private static final Set<String> FULL_STACK = Set.of("rtk", "caveman", "headroom");
    private static final Set<String> NO_PAYBACK_RULES = Set.of(
            "StackNeverPayingBackIsRejected", "StackPayingBackAfterHorizonIsRejected");

    private static Advice advise(String profile) {
        return service().advise(profile + ".yaml", Shipped.profile(profile));
    }

    private static AdvisorService service() {
        KnowledgeHolder holder = new KnowledgeHolder(Shipped.RULES, Shipped.CATALOG);
        holder.swap(Shipped.knowledge());
        return new AdvisorService(holder);
    }

    private static Stream<Recommendation> everyStack(Advice advice) {
        return Stream.concat(advice.recommendations().stream(),
                advice.notRecommended().stream());
    }

    private static List<String> rules(List<Note> notes) {
        return notes.stream().map(Note::rule).toList();
    }

    @Nested
    class ArticleBaseline {

        private final Advice advice = advise("article-baseline");

        @Test
        void ranksTheArticlesFullStackFirstOnClaimedEvidence() {
            Recommendation top = advice.recommendations().get(0);

            assertThat(advice.evidence()).isEqualTo("claimed");
            assertThat(top.rank()).isEqualTo(1);
            assertThat(top.stack()).containsExactlyInAnyOrderElementsOf(FULL_STACK);
            assertThat(top.levers()).isEmpty();
        }

        @Test
        void reportsItsMonthlySavings() {
            Recommendation top = advice.recommendations().get(0);

            // Opus 4.8: 110 x 0.965 = 106.15 raw; 110 x (0.965 - 0.19025) = 85.2225 saved
            assertThat(advice.baseline().monthlyCostUsd()).isEqualByComparingTo("106.15");
            assertThat(top.monthlySavingsUsd()).isEqualByComparingTo("85.22");
            assertThat(top.perDeveloperMonthlySavingsUsd()).isEqualByComparingTo("85.22");
            // 85.2225 / 106.15 = 80.28%
            assertThat(top.savingsPercent()).isEqualByComparingTo("80.3");
            // the article's $85.80 is 110 x its rounded session costs: within 3%
            assertThat(top.monthlySavingsUsd().subtract(new BigDecimal("85.80")).abs())
                    .isLessThanOrEqualTo(new BigDecimal("85.80").multiply(new BigDecimal("0.03")));
        }

        @Test
        void statesSetupAndBreakEven() {
            Recommendation top = advice.recommendations().get(0);

            // (5 + 0.5 + 30) minutes at $100 an hour = 59.1667; x 22 / 85.2225 = 15.27 days
            assertThat(top.setupCostUsd()).isEqualByComparingTo("59.17");
            assertThat(top.breakEvenWorkingDays()).isEqualByComparingTo("15.3");
            assertThat(top.priority()).isEqualTo("P2");
            assertThat(top.explanation()).contains(new Note(
                    "StackPayingBackWithinHorizonIsExplained", "setup $59.17, saves $85.22 a"
                            + " month ($0.00 upkeep): pays back in 15.3 working days"));
        }

        /**
         * Measured: headroom takes 4.8% of 118,000 (5,664) and rtk 0.5% of the rest (561.68);
         * caveman's skill adds 1,250 x 20 turns and keeps 91.5% of the output:
         * (136,774.32 x $5 + 13,725 x $25) / 1M = 1.0269966, 0.0619966 more than 0.965,
         * x 110 = 6.82 a month more.
         */
        @Test
        void saysMeasuredEvidenceOverturnsTheVerdict() {
            Recommendation top = advice.recommendations().get(0);

            assertThat(top.savingsRangeUsd().low()).isEqualByComparingTo("-6.82");
            assertThat(top.savingsRangeUsd().lowEvidence()).isEqualTo("measured");
            assertThat(top.savingsRangeUsd().high()).isEqualByComparingTo("85.22");
            assertThat(top.warnings()).contains(new Note("OtherEvidenceOverturnsVerdict",
                    "on measured evidence this stack costs $6.82 more a month and does not pay back"
                            + " within the horizon: the verdict depends on which figures you"
                            + " trust"));
        }

        @Test
        void saysWhichShellHookToolItPickedAndWhy() {
            assertThat(rules(advice.recommendations().get(0).explanation()))
                    .contains("CompetingToolsResolvedByNetValue");
            assertThat(advice.recommendations().get(0).explanation())
                    .filteredOn(n -> n.rule().equals("CompetingToolsResolvedByNetValue"))
                    .singleElement().satisfies(n -> assertThat(n.text()).startsWith(
                            "rtk and lean-ctx both need the shell-command-hook; picked rtk"));
        }

        @Test
        void leavesOutWhatCannotApplyWithTheRule() {
            assertThat(advice.excluded()).containsExactly(
                    new Excluded("cavegemma", "OwnGemmaRequiredExcludesCavegemma", "cavegemma is"
                            + " a fine-tune of Gemma 4 31B; the team does not serve its own"
                            + " Gemma model"),
                    new Excluded("caveman-proxy", "ToolWithoutPublishedReductionIsExcluded",
                            "caveman-proxy has no published or measured reduction to price"
                                    + " (JuliusBrussee/caveman:docs/HONEST-NUMBERS.md lists the"
                                    + " reduction as not published)"));
        }

        /**
         * The article: "For a developer using Gemini Flash-Lite, the $1.62/month savings on
         * token costs doesn't justify the headroom setup."
         */
        @Test
        void onFlashLiteHeadroomDoesNotPayBack() {
            TeamProfile flashLite = Shipped.profile("article-baseline").withModels(
                    List.of(new ModelShare("gemini-2.5-flash-lite", BigDecimal.ONE)));

            Advice cheap = service().advise("article-baseline.yaml", flashLite);

            assertThat(cheap.recommendations()).allSatisfy(
                    r -> assertThat(r.stack()).doesNotContain("headroom"));
            // 59,000 tokens x $0.10/M x 110 = 0.649 a month; 30 min at $100/h = $50;
            // 50 x 22 / 0.649 = 1,694.9 working days
            assertThat(cheap.notRecommended()).filteredOn(r -> r.stack().equals(
                    List.of("headroom"))).singleElement().satisfies(r -> assertThat(r.rejected())
                            .isEqualTo(new Note("StackPayingBackAfterHorizonIsRejected",
                                    "setup $50.00 against $0.6490 saved a month pays back after"
                                            + " 1694.9 working days, beyond the horizon of 264"
                                            + " working days")));
        }
    }

    @Nested
    class StrictPrivacyFrontier {

        private final Advice advice = advise("strict-privacy-frontier");
        private final Knowledge knowledge = Shipped.knowledge();

        @Test
        void noStackHoldsAProxyBasedTool() {
            List<String> proxies = knowledge.tools().all().stream().filter(Tool::proxiesTraffic)
                    .map(Tool::id).toList();

            assertThat(proxies).containsExactlyInAnyOrder("headroom", "caveman-proxy");
            assertThat(everyStack(advice)).allSatisfy(
                    r -> assertThat(r.stack()).doesNotContainAnyElementsOf(proxies));
        }

        @Test
        void everyExclusionNamesTheRuleThatMadeIt() {
            assertThat(advice.excluded()).isNotEmpty().allSatisfy(e -> {
                assertThat(knowledge.rule(e.rule())).as(e.rule()).isPresent();
                assertThat(e.reason()).startsWith(e.tool() + " ");
            });
            assertThat(advice.excluded()).extracting(Excluded::tool, Excluded::rule).contains(
                    org.assertj.core.groups.Tuple.tuple("headroom",
                            "ProxyForbiddenExcludesProxyTool"),
                    org.assertj.core.groups.Tuple.tuple("headroom",
                            "TelemetryForbiddenExcludesDefaultOnTelemetryTool"),
                    org.assertj.core.groups.Tuple.tuple("caveman-proxy",
                            "ProxyForbiddenExcludesProxyTool"),
                    org.assertj.core.groups.Tuple.tuple("caveman-proxy",
                            "OpenSourceOnlyExcludesSourceAvailableTool"),
                    org.assertj.core.groups.Tuple.tuple("caveman-compress",
                            "ThirdPartyContentForbiddenExcludesTool"));
        }

        @Test
        void firedRulesListTheExclusionRules() {
            assertThat(advice.firedRules()).contains("ProxyForbiddenExcludesProxyTool",
                    "TelemetryForbiddenExcludesDefaultOnTelemetryTool",
                    "ThirdPartyContentForbiddenExcludesTool",
                    "OpenSourceOnlyExcludesSourceAvailableTool");
        }
    }

    @Nested
    class SoloBudget {

        private final Advice advice = advise("solo-budget");

        @Test
        void everyToolThatDoesNotPayBackIsListedWithTheRuleAndNumbers() {
            List<Recommendation> singles = advice.notRecommended().stream()
                    .filter(r -> r.stack().size() == 1 && r.levers().isEmpty()).toList();

            assertThat(singles).extracting(r -> r.stack().get(0)).containsExactlyInAnyOrder(
                    "rtk", "caveman", "caveman-compress", "headroom", "lean-ctx");
            assertThat(singles).allSatisfy(r -> {
                assertThat(r.rank()).isNull();
                assertThat(NO_PAYBACK_RULES).contains(r.rejected().rule());
                assertThat(r.rejected().text()).containsPattern("\\$\\d");
            });
        }

        /**
         * rtk on measured evidence takes 0.5% of 118,000 input tokens (590) from shell output;
         * on Flash-Lite with 60% of input cached at $0.01/M and the rest at $0.10/M that is
         * 590 x $0.046/M x 110 = $0.0029854 a month, against 2 minutes of upkeep and 5 of setup
         * at $80 an hour ($2.67 and $6.67).
         */
        @Test
        void rtkIsToldItNeverPaysBackInNumbers() {
            assertThat(advice.notRecommended()).filteredOn(r -> r.stack().equals(List.of("rtk")))
                    .singleElement().satisfies(r -> assertThat(r.rejected()).isEqualTo(new Note(
                            "StackNeverPayingBackIsRejected", "saves $0.0030 a month against"
                                    + " $2.67 of upkeep and $6.67 of setup: it never pays back")));
        }

        @Test
        void adviceIsToKeepTheCurrentSetup() {
            Recommendation top = advice.recommendations().get(0);

            assertThat(top.stack()).isEmpty();
            assertThat(top.levers()).isEmpty();
            assertThat(top.priority()).isEqualTo("P4");
            assertThat(rules(top.explanation())).containsExactly(
                    "DoingNothingRanksFirstWhenNoStackPays");
        }
    }

    @Nested
    class SameProfileSameAdvice {

        private final ObjectMapper json = new ObjectMapper();

        @ParameterizedTest
        @ValueSource(strings = {"article-baseline", "platform-team", "solo-budget",
            "sre-automation", "strict-privacy-frontier"})
        void equalJsonTwice(String profile) throws Exception {
            String first = json.writeValueAsString(advise(profile));
            String second = json.writeValueAsString(advise(profile));

            assertThat(second).isEqualTo(first);
        }

        /** A rebuilt knowledge base differs only in when it was loaded. */
        @Test
        void equalJsonOnARebuiltKnowledgeBase() throws Exception {
            KnowledgeLoader loader = new KnowledgeLoader();
            KnowledgeHolder rebuilt = new KnowledgeHolder(Shipped.RULES, Shipped.CATALOG);
            rebuilt.swap(loader.build(loader.read(Shipped.RULES, Shipped.CATALOG)));
            TeamProfile profile = Shipped.profile("sre-automation");

            ObjectNode first = withoutLoadTime(advise("sre-automation"));
            ObjectNode second = withoutLoadTime(
                    new AdvisorService(rebuilt).advise("sre-automation.yaml", profile));

            assertThat(second).isEqualTo(first);
        }

        private ObjectNode withoutLoadTime(Advice advice) {
            ObjectNode tree = json.valueToTree(advice);
            ((ObjectNode) tree.get("knowledgeBase")).remove("loadedAt");
            return tree;
        }
    }
}
