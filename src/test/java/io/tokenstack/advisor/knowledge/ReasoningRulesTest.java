package io.tokenstack.advisor.knowledge;

import static io.tokenstack.advisor.fixtures.Models.model;
import static io.tokenstack.advisor.fixtures.Profiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/reasoning.drl: hidden reasoning tokens that output compression cannot touch. */
class ReasoningRulesTest {

    @Nested
    class ReasoningModelWarnsHiddenReasoningTokens {

        private static final String RULE = "ReasoningModelWarnsHiddenReasoningTokens";
        private final ModelFacts o3 = new ModelFacts(model("o3").reasoning("3", "6").build(),
                BigDecimal.ONE);

        @Test
        void reasoningModelWarnsWithTheArticlesRangeAndTheProfilesMultiplier() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().reasoningMultiplier("4.0")
                    .build()), o3);

            assertThat(run.findingsOf(RULE)).containsExactly(new Finding(Finding.WARNING, RULE,
                    "o3 bills hidden reasoning tokens as output (3-6x the visible output on"
                            + " complex tasks, per the article); this profile counts x4, and"
                            + " caveman shortens only the visible answer", null, "o3"));
        }

        @Test
        void modelThatDoesNotReasonDoesNotWarn() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().reasoningMultiplier("4")
                    .build()), new ModelFacts(model("gpt-4o").build(), BigDecimal.ONE));

            assertThat(run.findingsOf(RULE)).isEmpty();
        }
    }
}
