package io.tokenstack.advisor.cost;

import static io.tokenstack.advisor.fixtures.Models.model;
import static io.tokenstack.advisor.fixtures.Profiles.profile;
import static io.tokenstack.advisor.fixtures.Tools.tool;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.fixtures.Shipped;
import io.tokenstack.advisor.pricing.ModelPrice;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.profile.Session;
import io.tokenstack.advisor.profile.TokenSource;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One nested class per cost rule, each with a case where the rule must not apply. Unless a
 * test says otherwise: a model at $2.00 input and $10.00 output per million tokens, and a
 * session of 100,000 shell-output tokens in and 10,000 out, largest prompt 60,000, 10 turns.
 */
class CostModelTest {

    private static final boolean CLAIMED = true;
    private static final boolean MEASURED = false;
    private static final BigDecimal NO_BATCH = BigDecimal.ZERO;

    private final CostModel costs = new CostModel();
    private final ModelPrice plain = model("plain").build();

    @Nested
    class ToolReducesTheSourcesItActsOn {

        @Test
        void shrinksItsSourceAndLeavesTheOthers() {
            Session session = profile().input(100_000, 50_000, 0, 0, 0, 0).session();
            Tool shell = tool("shell").claims("shellOutput", "0.80").build();

            SessionCost cost = costs.session(session, plain, List.of(shell), CLAIMED, false,
                    NO_BATCH);

            // shell 100,000 x 0.20 = 20,000; file reads stay 50,000
            assertThat(cost.flow().input().get(TokenSource.SHELL_OUTPUT))
                    .isEqualByComparingTo("20000");
            assertThat(cost.flow().input().get(TokenSource.FILE_READS))
                    .isEqualByComparingTo("50000");
            // 70,000 x $2/M = 0.14; 10,000 x $10/M = 0.10
            assertThat(cost.totalUsd()).isEqualByComparingTo("0.24");
        }

        @Test
        void doesNothingWhenTheSessionHasNoneOfItsSource() {
            Session session = profile().input(0, 50_000, 0, 0, 0, 0).session();
            Tool shell = tool("shell").claims("shellOutput", "0.80").build();

            SessionCost with = costs.session(session, plain, List.of(shell), CLAIMED, false,
                    NO_BATCH);
            SessionCost without = costs.session(session, plain, List.of(), CLAIMED, false,
                    NO_BATCH);

            // 50,000 x $2/M = 0.10; 10,000 x $10/M = 0.10
            assertThat(with.totalUsd()).isEqualByComparingTo("0.20")
                    .isEqualByComparingTo(without.totalUsd());
        }

        @Test
        void outputReductionLeavesInputAlone() {
            Tool terse = tool("terse").claims("output", "0.65").build();

            SessionCost cost = costs.session(profile().session(), plain, List.of(terse),
                    CLAIMED, false, NO_BATCH);

            // output 10,000 x 0.35 = 3,500 -> $0.035; input 100,000 -> $0.20
            assertThat(cost.flow().visibleOutput()).isEqualByComparingTo("3500");
            assertThat(cost.flow().totalInput()).isEqualByComparingTo("100000");
            assertThat(cost.totalUsd()).isEqualByComparingTo("0.235");
        }

        @Test
        void evidenceLevelChoosesTheFigureAndFallsBackToTheClaimWhenNothingWasMeasured() {
            Tool both = tool("both").claims("shellOutput", "0.80")
                    .measures("shellOutput", "0.10").build();
            Tool claimOnly = tool("claim-only").claims("shellOutput", "0.80").build();

            TokenFlow measured = costs.flow(profile().session(), plain, List.of(both), MEASURED);
            TokenFlow fallback = costs.flow(profile().session(), plain, List.of(claimOnly),
                    MEASURED);

            // measured: 100,000 x 0.90 = 90,000; no measurement: the claim, 100,000 x 0.20
            assertThat(measured.totalInput()).isEqualByComparingTo("90000");
            assertThat(fallback.totalInput()).isEqualByComparingTo("20000");
        }

        @Test
        void wholeSessionFigureIsDrawnFromItsSourcesInProportion() {
            Session session = profile().input(100_000, 50_000, 0, 0, 0, 0).session();
            Tool fleet = tool("fleet").measuresSessionShare("0.15", "shellOutput", "fileReads")
                    .build();

            TokenFlow flow = costs.flow(session, plain, List.of(fleet), MEASURED);

            // 15% of 150,000 = 22,500, split 2:1 -> shell -15,000, file reads -7,500
            assertThat(flow.input().get(TokenSource.SHELL_OUTPUT)).isEqualByComparingTo("85000");
            assertThat(flow.input().get(TokenSource.FILE_READS)).isEqualByComparingTo("42500");
        }

        @Test
        void wholeSessionFigureNeverTakesMoreThanItsSourcesHold() {
            Session session = profile().input(100_000, 0, 10_000, 0, 0, 0).session();
            Tool greedy = tool("greedy").measuresSessionShare("0.50", "searchResults").build();

            TokenFlow flow = costs.flow(session, plain, List.of(greedy), MEASURED);

            // 50% of 110,000 = 55,000 asked for; search results hold 10,000; shell untouched
            assertThat(flow.input().get(TokenSource.SEARCH_RESULTS)).isEqualByComparingTo("0");
            assertThat(flow.input().get(TokenSource.SHELL_OUTPUT)).isEqualByComparingTo("100000");
        }

        @Test
        void negativeWholeSessionFigureAddsTokens() {
            Tool costly = tool("costly").measuresSessionShare("-0.106", "shellOutput").build();

            TokenFlow flow = costs.flow(profile().session(), plain, List.of(costly), MEASURED);

            // 100,000 + 10.6% of 100,000 = 110,600
            assertThat(flow.totalInput()).isEqualByComparingTo("110600");
        }
    }

    @Nested
    class ReductionsComposeNotAdd {

        private final Tool first = tool("first").claims("shellOutput", "0.80").build();
        private final Tool second = tool("second").claims("shellOutput", "0.50").build();

        @Test
        void secondToolActsOnWhatTheFirstLeft() {
            SessionCost cost = costs.session(profile().session(), plain, List.of(first, second),
                    CLAIMED, false, NO_BATCH);

            // 100,000 x 0.20 x 0.50 = 10,000, not 100,000 x (1 - 0.80 - 0.50) < 0
            assertThat(cost.flow().totalInput()).isEqualByComparingTo("10000");
            // 10,000 x $2/M = 0.02; output 0.10
            assertThat(cost.totalUsd()).isEqualByComparingTo("0.12");
        }

        @Test
        void orderOfTheStackDoesNotMatter() {
            TokenFlow ab = costs.flow(profile().session(), plain, List.of(first, second),
                    CLAIMED);
            TokenFlow ba = costs.flow(profile().session(), plain, List.of(second, first),
                    CLAIMED);

            assertThat(ab).isEqualTo(ba);
        }

        @Test
        void toolsOnDifferentSourcesDoNotCompound() {
            Session session = profile().input(100_000, 50_000, 0, 0, 0, 0).session();
            Tool reads = tool("reads").claims("fileReads", "0.50").build();

            TokenFlow flow = costs.flow(session, plain, List.of(first, reads), CLAIMED);

            // each ratio on its own source only: 20,000 and 25,000
            assertThat(flow.input().get(TokenSource.SHELL_OUTPUT)).isEqualByComparingTo("20000");
            assertThat(flow.input().get(TokenSource.FILE_READS)).isEqualByComparingTo("25000");
        }

        @Test
        void wholeSessionFigureIsAShareOfWhatOtherToolsLeft() {
            Session session = profile().input(100_000, 50_000, 0, 0, 0, 0).session();
            Tool half = tool("half").measures("shellOutput", "0.50").build();
            Tool fleet = tool("fleet").measuresSessionShare("0.10", "shellOutput").build();

            TokenFlow flow = costs.flow(session, plain, List.of(fleet, half), MEASURED);

            // shell 50,000 after "half"; then 10% of the 100,000 left = 10,000 from shell
            assertThat(flow.input().get(TokenSource.SHELL_OUTPUT)).isEqualByComparingTo("40000");
            assertThat(flow.input().get(TokenSource.FILE_READS)).isEqualByComparingTo("50000");
        }
    }

    @Nested
    class InputAToolAddsCountsOnMeasuredEvidenceOnly {

        private final Tool terse = tool("terse").claims("output", "0.65")
                .measures("output", "0.085").addsPerTurn(1_250, "contextFiles").build();

        @Test
        void measuredEvidenceAddsTokensOnEveryTurn() {
            SessionCost cost = costs.session(profile().session(), plain, List.of(terse),
                    MEASURED, false, NO_BATCH);

            // 1,250 x 10 turns = 12,500 context-file tokens; output 10,000 x 0.915 = 9,150
            assertThat(cost.flow().input().get(TokenSource.CONTEXT_FILES))
                    .isEqualByComparingTo("12500");
            assertThat(cost.flow().visibleOutput()).isEqualByComparingTo("9150");
            // every request carries it: 60,000 + 1,250
            assertThat(cost.flow().largestPrompt()).isEqualByComparingTo("61250");
            // 112,500 x $2/M = 0.225; 9,150 x $10/M = 0.0915
            assertThat(cost.totalUsd()).isEqualByComparingTo("0.3165");
        }

        @Test
        void claimedEvidenceAddsNothing() {
            SessionCost cost = costs.session(profile().session(), plain, List.of(terse), CLAIMED,
                    false, NO_BATCH);

            assertThat(cost.flow().input().get(TokenSource.CONTEXT_FILES))
                    .isEqualByComparingTo("0");
            assertThat(cost.flow().largestPrompt()).isEqualByComparingTo("60000");
            // 100,000 x $2/M = 0.20; 3,500 x $10/M = 0.035
            assertThat(cost.totalUsd()).isEqualByComparingTo("0.235");
        }

        @Test
        void noOtherToolShrinksWhatAToolAdds() {
            Tool context = tool("context").measures("contextFiles", "0.50").build();

            TokenFlow flow = costs.flow(profile().session(), plain, List.of(context, terse),
                    MEASURED);

            // the session had no context files; the 12,500 added stay 12,500, not 6,250
            assertThat(flow.input().get(TokenSource.CONTEXT_FILES)).isEqualByComparingTo("12500");
        }
    }

    @Nested
    class CacheRatesApplyToTheRepeatedShareOnly {

        /** Anthropic-like: read 0.1x, 5-minute write 1.25x. */
        private final ModelPrice anthropic = model("anthropic").rates("3.00", "15.00")
                .cache("0.30", "3.75").build();
        private final Session session = profile().input(1_000_000, 0, 0, 0, 0, 0)
                .repeated("0.8").session();

        @Test
        void repeatedShareAtReadRateFreshAtWriteRateOutputNever() {
            SessionCost cost = costs.session(session, anthropic, List.of(), CLAIMED, true,
                    NO_BATCH);

            // fresh 200,000 x $3.75/M = 0.75; repeated 800,000 x $0.30/M = 0.24
            assertThat(cost.freshInputUsd()).isEqualByComparingTo("0.75");
            assertThat(cost.cachedInputUsd()).isEqualByComparingTo("0.24");
            // output 10,000 x $15/M = 0.15, never from the cache
            assertThat(cost.outputUsd()).isEqualByComparingTo("0.15");
            assertThat(cost.totalUsd()).isEqualByComparingTo("1.14");
            assertThat(cost.cacheApplied()).isTrue();
        }

        @Test
        void withoutAWritePremiumFreshInputPaysTheInputRate() {
            ModelPrice openAi = model("openai").rates("3.00", "15.00").cache("0.30", null)
                    .build();

            SessionCost cost = costs.session(session, openAi, List.of(), CLAIMED, true,
                    NO_BATCH);

            // fresh 200,000 x $3/M = 0.60; repeated 0.24; output 0.15
            assertThat(cost.freshInputUsd()).isEqualByComparingTo("0.60");
            assertThat(cost.totalUsd()).isEqualByComparingTo("0.99");
        }

        @Test
        void cachingOffBillsAllInputAtTheInputRate() {
            SessionCost cost = costs.session(session, anthropic, List.of(), CLAIMED, false,
                    NO_BATCH);

            // 1,000,000 x $3/M = 3.00; output 0.15
            assertThat(cost.freshInputUsd()).isEqualByComparingTo("3.00");
            assertThat(cost.cachedInputUsd()).isEqualByComparingTo("0");
            assertThat(cost.totalUsd()).isEqualByComparingTo("3.15");
            assertThat(cost.cacheApplied()).isFalse();
        }

        @Test
        void modelWithoutCachePricesIgnoresTheCachingSwitch() {
            ModelPrice noCache = model("no-cache").rates("3.00", "15.00").build();

            SessionCost cost = costs.session(session, noCache, List.of(), CLAIMED, true,
                    NO_BATCH);

            assertThat(cost.totalUsd()).isEqualByComparingTo("3.15");
            assertThat(cost.cacheApplied()).isFalse();
        }

        @Test
        void nothingRepeatedMeansNothingAtTheReadRate() {
            Session fresh = profile().input(1_000_000, 0, 0, 0, 0, 0).session();

            SessionCost cost = costs.session(fresh, anthropic, List.of(), CLAIMED, true,
                    NO_BATCH);

            // every token is written for later turns: 1,000,000 x $3.75/M = 3.75
            assertThat(cost.cachedInputUsd()).isEqualByComparingTo("0");
            assertThat(cost.freshInputUsd()).isEqualByComparingTo("3.75");
        }

        @Test
        void cacheBreakingToolRaisesMissesOnMeasuredEvidenceOnly() {
            Tool breaker = tool("breaker").cacheMisses("1.0", "1.85").build();

            SessionCost measured = costs.session(session, anthropic, List.of(breaker), MEASURED,
                    true, NO_BATCH);
            SessionCost claimed = costs.session(session, anthropic, List.of(breaker), CLAIMED,
                    true, NO_BATCH);

            // misses 0.2 x 1.85 = 0.37: 370,000 x $3.75/M = 1.3875; 630,000 x $0.30/M = 0.189
            assertThat(measured.flow().cacheMissShare()).isEqualByComparingTo("0.37");
            assertThat(measured.totalUsd()).isEqualByComparingTo("1.7265");
            assertThat(claimed.flow().cacheMissShare()).isEqualByComparingTo("0.2");
            assertThat(claimed.totalUsd()).isEqualByComparingTo("1.14");
        }
    }

    @Nested
    class BatchRatesApplyToTheBatchableShareOnly {

        private final ModelPrice batchable = model("batchable").batch("1.00", "5.00").build();

        @Test
        void batchableShareRunsAtBatchRates() {
            SessionCost cost = costs.session(profile().session(), batchable, List.of(), CLAIMED,
                    false, new BigDecimal("0.25"));

            // interactive 0.20 + 0.10 = 0.30; batch 100,000 x $1/M + 10,000 x $5/M = 0.15;
            // a quarter of sessions save 0.15: 0.0375
            assertThat(cost.batchSavingsUsd()).isEqualByComparingTo("0.0375");
            assertThat(cost.totalUsd()).isEqualByComparingTo("0.2625");
            assertThat(cost.batchApplied()).isTrue();
        }

        @Test
        void noBatchableShareNoBatch() {
            SessionCost cost = costs.session(profile().session(), batchable, List.of(), CLAIMED,
                    false, NO_BATCH);

            assertThat(cost.totalUsd()).isEqualByComparingTo("0.30");
            assertThat(cost.batchSavingsUsd()).isEqualByComparingTo("0");
            assertThat(cost.batchApplied()).isFalse();
        }

        @Test
        void modelWithoutABatchApiKeepsStandardRates() {
            SessionCost cost = costs.session(profile().session(), plain, List.of(), CLAIMED,
                    false, new BigDecimal("0.25"));

            assertThat(cost.totalUsd()).isEqualByComparingTo("0.30");
            assertThat(cost.batchApplied()).isFalse();
        }

        @Test
        void batchedSessionsSeeNoCache() {
            ModelPrice cachedToo = model("cached-too").cache("0.20", null).batch("1.00", "5.00")
                    .build();
            Session half = profile().repeated("0.5").session();

            SessionCost interactive = costs.session(half, cachedToo, List.of(), CLAIMED, true,
                    NO_BATCH);
            SessionCost batched = costs.session(half, cachedToo, List.of(), CLAIMED, true,
                    BigDecimal.ONE);

            // interactive: 50,000 x $2/M + 50,000 x $0.20/M + 0.10 = 0.21
            assertThat(interactive.totalUsd()).isEqualByComparingTo("0.21");
            // batch: all 100,000 at $1/M, none at a cache rate, + 10,000 x $5/M = 0.15
            assertThat(batched.totalUsd()).isEqualByComparingTo("0.15");
        }
    }

    @Nested
    class LongContextTierWhenTheLargestPromptCrossesIt {

        private final ModelPrice tiered = model("tiered").tier(100_000, "4.00", "15.00", null)
                .build();
        private final Session big = profile().input(300_000, 0, 0, 0, 0, 0)
                .largestPrompt(150_000).session();

        @Test
        void largestRequestIsBilledAtTheTierRate() {
            SessionCost cost = costs.session(big, tiered, List.of(), CLAIMED, false, NO_BATCH);

            // other requests 150,000 x $2/M = 0.30; the largest 150,000 x $4/M = 0.60;
            // surcharge 0.60 - 0.30; output 0.10
            assertThat(cost.longContextTierApplied()).isTrue();
            assertThat(cost.longContextSurchargeUsd()).isEqualByComparingTo("0.30");
            assertThat(cost.totalUsd()).isEqualByComparingTo("1.00");
        }

        @Test
        void notWhenCompressionBringsTheLargestPromptUnder() {
            Tool half = tool("half").claims("shellOutput", "0.50").build();

            SessionCost cost = costs.session(big, tiered, List.of(half), CLAIMED, false,
                    NO_BATCH);

            // largest 150,000 x 150,000 / 300,000 = 75,000, under 100,000:
            // 150,000 x $2/M = 0.30; output 0.10. Half the input removed, 60% of the cost.
            assertThat(cost.flow().largestPrompt()).isEqualByComparingTo("75000");
            assertThat(cost.longContextTierApplied()).isFalse();
            assertThat(cost.longContextSurchargeUsd()).isEqualByComparingTo("0");
            assertThat(cost.totalUsd()).isEqualByComparingTo("0.40");
        }

        @Test
        void notAtTheThresholdItself() {
            Session atThreshold = profile().input(300_000, 0, 0, 0, 0, 0).largestPrompt(100_000)
                    .session();

            SessionCost cost = costs.session(atThreshold, tiered, List.of(), CLAIMED, false,
                    NO_BATCH);

            // 300,000 x $2/M = 0.60; output 0.10
            assertThat(cost.longContextTierApplied()).isFalse();
            assertThat(cost.totalUsd()).isEqualByComparingTo("0.70");
        }

        @Test
        void highestTierCrossedApplies() {
            ModelPrice twoTiers = model("two-tiers").tier(100_000, "4.00", "15.00", null)
                    .tier(200_000, "6.00", "20.00", null).build();
            Session bigger = profile().input(300_000, 0, 0, 0, 0, 0).largestPrompt(250_000)
                    .session();

            SessionCost cost = costs.session(bigger, twoTiers, List.of(), CLAIMED, false,
                    NO_BATCH);

            // 50,000 x $2/M = 0.10; 250,000 x $6/M = 1.50 (surcharge 1.50 - 0.50); output 0.10
            assertThat(cost.longContextSurchargeUsd()).isEqualByComparingTo("1.00");
            assertThat(cost.totalUsd()).isEqualByComparingTo("1.70");
        }

        @Test
        void tierCacheReadAppliesToTheRepeatedShareOfTheLargestRequest() {
            ModelPrice cachedTier = model("cached-tier").cache("0.20", null)
                    .tier(100_000, "4.00", "15.00", "0.40").build();
            Session repeated = profile().input(300_000, 0, 0, 0, 0, 0).largestPrompt(150_000)
                    .repeated("0.5").session();

            SessionCost cost = costs.session(repeated, cachedTier, List.of(), CLAIMED, true,
                    NO_BATCH);

            // rest: 75,000 x $2/M + 75,000 x $0.20/M = 0.165
            // largest: 75,000 x $4/M + 75,000 x $0.40/M = 0.33 (surcharge 0.33 - 0.165)
            assertThat(cost.longContextSurchargeUsd()).isEqualByComparingTo("0.165");
            assertThat(cost.totalUsd()).isEqualByComparingTo("0.595");
        }
    }

    @Nested
    class ReasoningTokensOnReasoningModels {

        private final ModelPrice reasoner = model("reasoner").reasoning("3", "6").build();
        private final Session session = profile().reasoningMultiplier("4").session();
        private final Tool terse = tool("terse").claims("output", "0.65").build();

        @Test
        void hiddenReasoningIsBilledAsOutputAndOutputCompressionCannotReduceIt() {
            SessionCost with = costs.session(session, reasoner, List.of(terse), CLAIMED, false,
                    NO_BATCH);
            SessionCost without = costs.session(session, reasoner, List.of(), CLAIMED, false,
                    NO_BATCH);

            // hidden 10,000 x (4 - 1) = 30,000 either way -> 30,000 x $10/M = 0.30
            assertThat(with.flow().hiddenReasoning()).isEqualByComparingTo("30000");
            assertThat(without.flow().hiddenReasoning()).isEqualByComparingTo("30000");
            assertThat(with.reasoningUsd()).isEqualByComparingTo("0.30");
            // visible 3,500 -> 0.035; input 0.20
            assertThat(with.totalUsd()).isEqualByComparingTo("0.535");
            assertThat(without.totalUsd()).isEqualByComparingTo("0.60");
        }

        @Test
        void notOnAModelThatDoesNotReason() {
            SessionCost cost = costs.session(session, plain, List.of(terse), CLAIMED, false,
                    NO_BATCH);

            assertThat(cost.flow().hiddenReasoning()).isEqualByComparingTo("0");
            assertThat(cost.totalUsd()).isEqualByComparingTo("0.235");
        }

        @Test
        void multiplierOneCountsNoHiddenTokensAsTheArticlesTablesDo() {
            SessionCost cost = costs.session(profile().session(), reasoner, List.of(), CLAIMED,
                    false, NO_BATCH);

            assertThat(cost.reasoningUsd()).isEqualByComparingTo("0");
            assertThat(cost.totalUsd()).isEqualByComparingTo("0.30");
        }

        @Test
        void batchBillsHiddenReasoningAtTheBatchOutputRate() {
            ModelPrice batchReasoner = model("batch-reasoner").reasoning("3", "6")
                    .batch("1.00", "5.00").build();

            SessionCost cost = costs.session(session, batchReasoner, List.of(), CLAIMED, false,
                    BigDecimal.ONE);

            // 100,000 x $1/M = 0.10; (10,000 + 30,000) x $5/M = 0.20
            assertThat(cost.totalUsd()).isEqualByComparingTo("0.30");
        }
    }

    /** Fast mode is a price of its own in the catalog; the shipped one is the subject here. */
    @Nested
    class FastMode {

        private final PriceCatalog prices = Shipped.prices();
        private final ModelPrice opus = prices.find("claude-opus-4-8").orElseThrow();
        private final ModelPrice fast = prices.find("claude-opus-4-8-fast").orElseThrow();
        private final Session article = profile().input(118_000, 0, 0, 0, 0, 0).output(15_000)
                .largestPrompt(90_000).repeated("0.8").session();

        @Test
        void doublesEveryRateIncludingTheCache() {
            SessionCost normal = costs.session(article, opus, List.of(), CLAIMED, true, NO_BATCH);
            SessionCost quick = costs.session(article, fast, List.of(), CLAIMED, true, NO_BATCH);

            // Opus: 23,600 x $6.25/M + 94,400 x $0.50/M + 15,000 x $25/M
            //     = 0.1475 + 0.0472 + 0.375 = 0.5697; fast mode twice that
            assertThat(normal.totalUsd()).isEqualByComparingTo("0.5697");
            assertThat(quick.totalUsd()).isEqualByComparingTo("1.1394");
            assertThat(fast.fastModeOf()).isEqualTo("claude-opus-4-8");
        }

        @Test
        void hasNoBatchApiSinceABatchGivesTheSpeedAway() {
            SessionCost normal = costs.session(article, opus, List.of(), CLAIMED, false,
                    BigDecimal.ONE);
            SessionCost quick = costs.session(article, fast, List.of(), CLAIMED, false,
                    BigDecimal.ONE);

            // Opus batch: 118,000 x $2.50/M + 15,000 x $12.50/M = 0.295 + 0.1875
            assertThat(normal.batchApplied()).isTrue();
            assertThat(normal.totalUsd()).isEqualByComparingTo("0.4825");
            // fast: 118,000 x $10/M + 15,000 x $50/M = 1.18 + 0.75, no batch
            assertThat(quick.batchApplied()).isFalse();
            assertThat(quick.totalUsd()).isEqualByComparingTo("1.93");
        }
    }
}
