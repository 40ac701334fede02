package io.tokenstack.advisor.knowledge;

import static io.tokenstack.advisor.knowledge.Candidates.candidate;
import static io.tokenstack.advisor.knowledge.Candidates.doNothing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/breakeven.drl: setup against monthly savings; stacks that never pay are rejected. */
class BreakEvenRulesTest {

    @Nested
    class StackNeverPayingBackIsRejected {

        private static final String RULE = "StackNeverPayingBackIsRejected";

        @Test
        void savingsBelowUpkeepRejectTheStackWithItsNumbers() {
            Candidate stack = candidate("rtk").savings("10.00").upkeep("12.00").setup("50.00")
                    .breakEven(null).build();

            RuleRun.fire(stack);

            assertThat(stack.getRejectedRule()).isEqualTo(RULE);
            assertThat(stack.getRejectedReason()).isEqualTo("saves $10.00 a month against"
                    + " $12.00 of upkeep and $50.00 of setup: it never pays back");
        }

        @Test
        void doingNothingIsNeverRejected() {
            Candidate nothing = doNothing().build();

            RuleRun run = RuleRun.fire(nothing);

            assertThat(nothing.isRejected()).isFalse();
            assertThat(run.times(RULE)).isZero();
        }
    }

    @Nested
    class StackPayingBackAfterHorizonIsRejected {

        private static final String RULE = "StackPayingBackAfterHorizonIsRejected";

        @Test
        void breakEvenBeyondTheHorizonRejectsWithTheDays() {
            Candidate stack = candidate("headroom").setup("59.17").savings("1.60")
                    .breakEven("813.6").build();

            RuleRun.fire(stack);

            assertThat(stack.getRejectedRule()).isEqualTo(RULE);
            assertThat(stack.getRejectedReason()).isEqualTo("setup $59.17 against $1.60 saved"
                    + " a month pays back after 813.6 working days, beyond the horizon of 264"
                    + " working days");
        }

        @Test
        void breakEvenOnTheLastDayOfTheHorizonIsNotRejected() {
            Candidate stack = candidate("headroom").breakEven("264").build();

            RuleRun.fire(stack);

            assertThat(stack.isRejected()).isFalse();
        }
    }

    @Nested
    class StackPayingBackWithinHorizonIsExplained {

        private static final String RULE = "StackPayingBackWithinHorizonIsExplained";

        @Test
        void statesSetupSavingsUpkeepAndBreakEven() {
            Candidate stack = candidate("rtk", "caveman", "headroom").setup("59.17")
                    .savings("85.22").breakEven("15.3").build();

            RuleRun.fire(stack);

            assertThat(stack.getExplanation()).containsExactly(new Finding(Finding.EXPLANATION,
                    RULE, "setup $59.17, saves $85.22 a month ($0.00 upkeep): pays back in 15.3"
                            + " working days", null, null));
            assertThat(stack.isRejected()).isFalse();
        }

        @Test
        void stackThatNeverPaysBackIsNotExplainedAsPaying() {
            Candidate stack = candidate("rtk").breakEven(null).build();

            RuleRun run = RuleRun.fire(stack);

            assertThat(stack.getExplanation()).isEmpty();
            assertThat(run.times(RULE)).isZero();
        }
    }
}
