package io.tokenstack.advisor.knowledge;

import static io.tokenstack.advisor.fixtures.Tools.pricedTool;
import static io.tokenstack.advisor.knowledge.Candidates.candidate;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.tools.Tool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/overlaps.drl: tools competing for the same slot are never stacked. */
class OverlapRulesTest {

    private static final Tool RTK = pricedTool("rtk").claims("shellOutput", "0.80")
            .slots("shell-command-hook").build();
    private static final Tool LEAN_CTX = pricedTool("lean-ctx").claims("shellOutput", "0.60")
            .slots("shell-command-hook").build();

    @Nested
    class SharedSlotMakesToolsIncompatible {

        private static final String RULE = "SharedSlotMakesToolsIncompatible";

        @Test
        void twoToolsOnOneSlotAreIncompatibleOnce() {
            RuleRun run = RuleRun.fire(RTK, LEAN_CTX);

            assertThat(run.facts(Incompatibility.class)).containsExactly(
                    new Incompatibility("lean-ctx", "rtk", "shell-command-hook", RULE));
        }

        @Test
        void excludedToolCompetesWithNobody() {
            RuleRun run = RuleRun.fire(RTK, LEAN_CTX,
                    new Exclusion("lean-ctx", "SomeRule", "out"));

            assertThat(run.facts(Incompatibility.class)).isEmpty();
        }

        @Test
        void toolsOnDifferentSlotsAreCompatible() {
            RuleRun run = RuleRun.fire(RTK,
                    pricedTool("headroom").slots("proxy-port-8787").build());

            assertThat(run.facts(Incompatibility.class)).isEmpty();
        }
    }

    @Nested
    class CompetingToolsResolvedByNetValue {

        private static final String RULE = "CompetingToolsResolvedByNetValue";
        private final Incompatibility pair =
                new Incompatibility("lean-ctx", "rtk", "shell-command-hook", "SomeRule");

        @Test
        void topStackSaysWhichToolWonAndByHowMuch() {
            Candidate top = candidate("rtk", "caveman").net("1000").rank(1).build();
            Candidate rtkAlone = candidate("rtk").net("900").rank(2).build();
            Candidate leanCtx = candidate("lean-ctx").net("500").rank(3).build();

            RuleRun run = RuleRun.fire(pair, top, rtkAlone, leanCtx,
                    new BestStack("rtk", top), new BestStack("caveman", top),
                    new BestStack("lean-ctx", leanCtx));

            assertThat(run.times(RULE)).isEqualTo(1);
            assertThat(top.getExplanation()).filteredOn(f -> f.rule().equals(RULE))
                    .containsExactly(new Finding(Finding.EXPLANATION, RULE, "rtk and lean-ctx"
                            + " both need the shell-command-hook; picked rtk: its best stack"
                            + " (rtk+caveman) nets $1,000.00 over the horizon against $500.00"
                            + " for the best with lean-ctx (lean-ctx)", null, null));
        }

        @Test
        void topStackWithNeitherToolSaysNothing() {
            Candidate top = candidate("caveman").rank(1).build();
            Candidate rtkAlone = candidate("rtk").rank(2).build();
            Candidate leanCtx = candidate("lean-ctx").rank(3).build();

            RuleRun run = RuleRun.fire(pair, top, rtkAlone, leanCtx,
                    new BestStack("caveman", top), new BestStack("rtk", rtkAlone),
                    new BestStack("lean-ctx", leanCtx));

            assertThat(run.times(RULE)).isZero();
        }
    }
}
