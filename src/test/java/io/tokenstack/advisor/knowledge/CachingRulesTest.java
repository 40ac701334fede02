package io.tokenstack.advisor.knowledge;

import static io.tokenstack.advisor.fixtures.Models.model;
import static io.tokenstack.advisor.fixtures.Profiles.profile;
import static io.tokenstack.advisor.fixtures.Tools.pricedTool;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/caching.drl: the model's own cache on the repeated share, and tools that risk it. */
class CachingRulesTest {

    private static final ModelFacts CACHED = new ModelFacts(model("cached").cache("0.20", null)
            .build(), BigDecimal.ONE);
    private static final ModelFacts UNCACHED = new ModelFacts(model("uncached").build(),
            BigDecimal.ONE);

    @Nested
    class RepeatedInputWithoutCachingOffersPromptCaching {

        private static final String RULE = "RepeatedInputWithoutCachingOffersPromptCaching";

        @Test
        void repeatingInputOnACachingModelOffersTheLever() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().repeated("0.8").build()),
                    CACHED);

            assertThat(run.leverOptions()).containsExactly(new LeverOption("prompt-caching",
                    RULE, "80% of input repeats; the cache serves it at the model's cache-read"
                            + " rate, fresh input pays the cache-write rate where there is one"));
        }

        @Test
        void modelWithoutCachePricesOffersNothing() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().repeated("0.8").build()),
                    UNCACHED);

            assertThat(run.leverOptions()).isEmpty();
        }

        @Test
        void teamAlreadyCachingIsNotOfferedItAgain() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().repeated("0.8").caching(true)
                    .build()), CACHED);

            assertThat(run.leverOptions()).isEmpty();
        }
    }

    @Nested
    class CachingTeamAlreadyPaysCachedRates {

        private static final String RULE = "CachingTeamAlreadyPaysCachedRates";

        @Test
        void cachingTeamIsToldTheBaselineHasIt() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().repeated("0.8").caching(true)
                    .build()));

            assertThat(run.findingsOf(RULE)).containsExactly(new Finding(Finding.EXPLANATION,
                    RULE, "prompt caching is already on: the baseline bills 80% of input at"
                            + " cache-read rates", null, null));
        }

        @Test
        void teamNotCachingIsNotToldSo() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().repeated("0.8").build()));

            assertThat(run.findingsOf(RULE)).isEmpty();
        }
    }

    @Nested
    class CacheBreakingToolWarnsOnCachedInput {

        private static final String RULE = "CacheBreakingToolWarnsOnCachedInput";
        private final Tool breaker = pricedTool("headroom").cacheMisses("1.0", "1.85").build();

        @Test
        void toolMeasuredToRaiseCacheWritesWarnsACachingTeam() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().repeated("0.8").caching(true)
                    .build()), breaker);

            assertThat(run.findingsOf(RULE)).containsExactly(new Finding(Finding.WARNING, RULE,
                    "headroom can break the prompt cache: measured cache misses x1.85"
                            + " (cache-source); on measured evidence this is priced in",
                    "headroom", null));
        }

        @Test
        void noCachedInputNoWarning() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().build()), breaker);

            assertThat(run.findingsOf(RULE)).isEmpty();
        }

        @Test
        void toolThatKeepsTheCacheDoesNotWarn() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().caching(true).build()),
                    pricedTool("gentle").cacheMisses("1.0", "1.0").build());

            assertThat(run.findingsOf(RULE)).isEmpty();
        }

        @Test
        void excludedToolDoesNotWarn() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().caching(true).build()),
                    breaker, new Exclusion("headroom", "SomeRule", "out"));

            assertThat(run.findingsOf(RULE)).isEmpty();
        }
    }

    @Nested
    class CacheAlignerCreditIsNotPriced {

        private static final String RULE = "CacheAlignerCreditIsNotPriced";
        private final Tool headroom = pricedTool("headroom").claims("shellOutput", "0.50").build();

        @Test
        void claimedEvidenceWithCachedInputShowsTheArticlesCredit() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().claimed().repeated("0.8")
                    .build()), headroom);

            assertThat(run.findingsOf(RULE)).containsExactly(new Finding(Finding.EXPLANATION,
                    RULE, "the article credits headroom's CacheAligner with $0.03-0.15 a"
                            + " session; not priced, since its later README says it only flags"
                            + " volatile content", "headroom", null));
        }

        @Test
        void measuredEvidenceDoesNotBringUpTheClaim() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().repeated("0.8").build()),
                    headroom);

            assertThat(run.findingsOf(RULE)).isEmpty();
        }
    }
}
