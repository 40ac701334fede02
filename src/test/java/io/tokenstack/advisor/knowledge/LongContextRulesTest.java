package io.tokenstack.advisor.knowledge;

import static io.tokenstack.advisor.fixtures.Models.model;
import static io.tokenstack.advisor.fixtures.Profiles.profile;
import static io.tokenstack.advisor.knowledge.Candidates.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/longcontext.drl: the largest prompt against a model's long-context threshold. */
class LongContextRulesTest {

    private static final ModelFacts GEMINI_PRO = new ModelFacts(model("gemini-2.5-pro")
            .tier(200_000, "2.50", "15.00", "0.25").build(), BigDecimal.ONE);

    private static ProfileFacts largestPrompt(long tokens) {
        return new ProfileFacts(profile().input(300_000, 0, 0, 0, 0, 0).largestPrompt(tokens)
                .build());
    }

    @Nested
    class LargestPromptAboveTierWarns {

        private static final String RULE = "LargestPromptAboveTierWarns";

        @Test
        void promptAboveTheThresholdWarns() {
            RuleRun run = RuleRun.fire(largestPrompt(250_000), GEMINI_PRO);

            assertThat(run.findingsOf(RULE)).containsExactly(new Finding(Finding.WARNING, RULE,
                    "the largest prompt (250,000 tokens) is above gemini-2.5-pro's"
                            + " 200,000-token tier: that request is billed at the higher rates",
                    null, "gemini-2.5-pro"));
        }

        @Test
        void promptAtTheThresholdDoesNotWarn() {
            RuleRun run = RuleRun.fire(largestPrompt(200_000), GEMINI_PRO);

            assertThat(run.findingsOf(RULE)).isEmpty();
        }

        @Test
        void modelWithoutTiersDoesNotWarn() {
            RuleRun run = RuleRun.fire(largestPrompt(250_000),
                    new ModelFacts(model("flat").build(), BigDecimal.ONE));

            assertThat(run.findingsOf(RULE)).isEmpty();
        }
    }

    @Nested
    class CompressionBringsPromptUnderTier {

        private static final String RULE = "CompressionBringsPromptUnderTier";

        @Test
        void stackThatBringsThePromptUnderSaysForWhichModels() {
            Candidate stack = candidate("headroom")
                    .broughtUnderTier("gemini-2.5-pro", "gpt-5.5").build();

            RuleRun.fire(stack);

            assertThat(stack.getExplanation()).filteredOn(f -> f.rule().equals(RULE))
                    .containsExactly(new Finding(Finding.EXPLANATION, RULE, "brings the largest"
                            + " prompt under the long-context tier of gemini-2.5-pro, gpt-5.5,"
                            + " so that request is billed at base rates", null, null));
        }

        @Test
        void stackThatLeavesEveryModelWhereItWasSaysNothing() {
            Candidate stack = candidate("headroom").build();

            RuleRun run = RuleRun.fire(stack);

            assertThat(run.times(RULE)).isZero();
            assertThat(stack.getExplanation()).noneMatch(f -> f.rule().equals(RULE));
        }
    }
}
