package io.tokenstack.advisor.knowledge;

import static io.tokenstack.advisor.knowledge.Candidates.candidate;
import static io.tokenstack.advisor.knowledge.Candidates.doNothing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * rules/priority.drl: P1-P4 from the break-even, with a 22-day month and a 264-day horizon.
 * Each case checks that exactly one priority rule fired.
 */
class PriorityRulesTest {

    private static final List<String> PRIORITY_RULES = List.of("PaybackWithinAWeekIsP1",
            "PaybackWithinAMonthIsP2", "PaybackWithinHorizonIsP3", "NoPaybackWithinHorizonIsP4");

    private static Candidate prioritised(Candidates builder, String rule, String priority) {
        Candidate candidate = builder.build();
        RuleRun run = RuleRun.fire(candidate);
        assertThat(candidate.getPriority()).isEqualTo(priority);
        assertThat(run.fired()).filteredOn(PRIORITY_RULES::contains).containsExactly(rule);
        return candidate;
    }

    @Nested
    class PaybackWithinAWeekIsP1 {

        @ParameterizedTest
        @ValueSource(strings = {"0", "2.2", "5"})
        void withinFiveWorkingDays(String days) {
            prioritised(candidate("rtk").breakEven(days), "PaybackWithinAWeekIsP1", "P1");
        }

        @Test
        void notJustAfterTheWeek() {
            prioritised(candidate("rtk").breakEven("5.01"), "PaybackWithinAMonthIsP2", "P2");
        }
    }

    @Nested
    class PaybackWithinAMonthIsP2 {

        @ParameterizedTest
        @ValueSource(strings = {"5.01", "22"})
        void afterAWeekWithinTheMonth(String days) {
            prioritised(candidate("rtk").breakEven(days), "PaybackWithinAMonthIsP2", "P2");
        }

        @Test
        void notJustAfterTheMonth() {
            prioritised(candidate("rtk").breakEven("22.01"), "PaybackWithinHorizonIsP3", "P3");
        }
    }

    @Nested
    class PaybackWithinHorizonIsP3 {

        @ParameterizedTest
        @ValueSource(strings = {"22.01", "264"})
        void afterAMonthWithinTheHorizon(String days) {
            prioritised(candidate("rtk").breakEven(days), "PaybackWithinHorizonIsP3", "P3");
        }

        @Test
        void notAfterTheHorizon() {
            prioritised(candidate("rtk").breakEven("264.01"), "NoPaybackWithinHorizonIsP4", "P4");
        }
    }

    @Nested
    class NoPaybackWithinHorizonIsP4 {

        @ParameterizedTest
        @ValueSource(strings = {"264.01", "never", "doing nothing"})
        void beyondTheHorizonNeverOrNothingToDo(String when) {
            Candidates builder = switch (when) {
                case "never" -> candidate("rtk").breakEven(null);
                case "doing nothing" -> doNothing();
                default -> candidate("rtk").breakEven(when);
            };
            prioritised(builder, "NoPaybackWithinHorizonIsP4", "P4");
        }

        @Test
        void notOnTheLastDayOfTheHorizon() {
            prioritised(candidate("rtk").breakEven("264"), "PaybackWithinHorizonIsP3", "P3");
        }
    }
}
