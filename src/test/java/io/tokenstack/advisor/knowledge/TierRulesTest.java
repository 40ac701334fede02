package io.tokenstack.advisor.knowledge;

import static io.tokenstack.advisor.fixtures.Models.model;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.fixtures.Shipped;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** rules/tiers.drl: a model's price tier from its input price; thresholds at the edges. */
class TierRulesTest {

    private static RuleRun priced(String input) {
        return RuleRun.fire(new ModelFacts(model("m").rates(input, "1.00").build(),
                BigDecimal.ONE));
    }

    private static void assertTier(RuleRun run, String rule, String tier, String text) {
        assertThat(run.facts(ModelTier.class)).containsExactly(new ModelTier("m", tier, rule));
        assertThat(run.findingsOf(rule)).containsExactly(
                new Finding(Finding.EXPLANATION, rule, text, null, "m"));
    }

    private static void assertNotTier(RuleRun run, String rule) {
        assertThat(run.times(rule)).isZero();
        assertThat(run.facts(ModelTier.class)).hasSize(1)
                .noneMatch(t -> t.rule().equals(rule));
    }

    @Nested
    class InputFromFourDollarsIsFrontierExpensive {

        private static final String RULE = "InputFromFourDollarsIsFrontierExpensive";

        @Test
        void fourDollarsIsFrontierExpensive() {
            assertTier(priced("4.00"), RULE, "frontier-expensive", "m costs $4.00/M input:"
                    + " frontier-expensive, where every token removed is worth the most");
        }

        @Test
        void justUnderFourDollarsIsNot() {
            assertNotTier(priced("3.99"), RULE);
        }
    }

    @Nested
    class InputFromOneTwentyIsMidTier {

        private static final String RULE = "InputFromOneTwentyIsMidTier";

        @Test
        void oneTwentyIsMid() {
            assertTier(priced("1.20"), RULE, "mid", "m costs $1.20/M input: mid-tier");
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.19", "4.00"})
        void outsideTheBandIsNot(String input) {
            assertNotTier(priced(input), RULE);
        }
    }

    @Nested
    class InputFromTwentyCentsIsBudget {

        private static final String RULE = "InputFromTwentyCentsIsBudget";

        @Test
        void twentyCentsIsBudget() {
            assertTier(priced("0.20"), RULE, "budget", "m costs $0.20/M input: budget tier,"
                    + " where setup time weighs against small savings");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.19", "1.20"})
        void outsideTheBandIsNot(String input) {
            assertNotTier(priced(input), RULE);
        }
    }

    @Nested
    class InputBelowTwentyCentsIsUltraCheap {

        private static final String RULE = "InputBelowTwentyCentsIsUltraCheap";

        @Test
        void nineteenCentsIsUltraCheap() {
            assertTier(priced("0.19"), RULE, "ultra-cheap", "m costs $0.19/M input:"
                    + " ultra-cheap, where compression saves a few dollars a month at most");
        }

        @Test
        void twentyCentsIsNot() {
            assertNotTier(priced("0.20"), RULE);
        }
    }

    /**
     * The article's summary table puts its models in four tiers (Llama 4 Scout, missing from
     * the table, is among its "ultra-cheap models" in the text); the thresholds reproduce it.
     */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "gpt-5.5-pro, frontier-expensive", "claude-opus-4-8, frontier-expensive",
        "gpt-5.5, frontier-expensive", "deepseek-r1, mid", "claude-sonnet-4-6, mid",
        "gpt-4o, mid", "o3, mid", "gemini-2.5-pro, mid", "claude-haiku-4-5, budget",
        "o4-mini, budget", "gemini-2.5-flash, budget", "mistral-large-3, budget",
        "llama-4-maverick, ultra-cheap", "deepseek-v3.2, ultra-cheap",
        "gemini-2.5-flash-lite, ultra-cheap", "llama-4-scout, ultra-cheap"})
    void articlesModelsLandInTheArticlesTiers(String id, String tier) {
        RuleRun run = RuleRun.fire(new ModelFacts(
                Shipped.knowledge().prices().find(id).orElseThrow(), BigDecimal.ONE));

        assertThat(run.facts(ModelTier.class)).extracting(ModelTier::tier)
                .isEqualTo(List.of(tier));
    }
}
