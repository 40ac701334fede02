package io.tokenstack.advisor.knowledge;

import static io.tokenstack.advisor.knowledge.Candidates.candidate;
import static io.tokenstack.advisor.knowledge.Candidates.doNothing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/evidence.drl: where the other evidence level changes the verdict. */
class EvidenceRulesTest {

    @Nested
    class OtherEvidenceOverturnsVerdict {

        private static final String RULE = "OtherEvidenceOverturnsVerdict";

        @Test
        void topStackThatFailsOnTheOtherEvidenceSaysSo() {
            Candidate top = candidate("rtk", "caveman").breakEven("2.2")
                    .otherEvidence("3.00", null).rank(1).build();

            RuleRun.fire(top);

            assertThat(top.getWarnings()).containsExactly(new Finding(Finding.WARNING, RULE,
                    "on measured evidence this stack saves $3.00 a month and does not pay back"
                            + " within the horizon: the verdict depends on which figures you"
                            + " trust", null, null));
        }

        @Test
        void topStackPayingOnBothLevelsIsNotFlagged() {
            Candidate top = candidate("rtk").breakEven("2.2").otherEvidence("50.00", "10")
                    .rank(1).build();

            RuleRun run = RuleRun.fire(top);

            assertThat(top.getWarnings()).isEmpty();
            assertThat(run.times(RULE)).isZero();
        }

        @Test
        void onlyTheTopStackIsFlagged() {
            Candidate second = candidate("rtk").breakEven("2.2").otherEvidence("3.00", null)
                    .rank(2).build();

            RuleRun.fire(second);

            assertThat(second.getWarnings()).isEmpty();
        }
    }

    @Nested
    class DoingNothingRanksFirstWhenNoStackPays {

        private static final String RULE = "DoingNothingRanksFirstWhenNoStackPays";

        @Test
        void doingNothingOnTopAdvisesToKeepTheSetup() {
            Candidate nothing = doNothing().rank(1).build();

            RuleRun.fire(nothing);

            assertThat(nothing.getExplanation()).containsExactly(new Finding(
                    Finding.EXPLANATION, RULE, "no stack is worth more than its setup and upkeep"
                            + " over the horizon: keep the current setup", null, null));
        }

        @Test
        void doingNothingBelowAPayingStackSaysNothing() {
            Candidate nothing = doNothing().rank(2).build();

            RuleRun.fire(nothing);

            assertThat(nothing.getExplanation()).isEmpty();
        }
    }
}
