package io.tokenstack.advisor.knowledge;

import static io.tokenstack.advisor.fixtures.Tools.pricedTool;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.tools.Tool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/risks.drl: fragile hooks and measured effects that point the wrong way. */
class RiskRulesTest {

    @Nested
    class HookBasedToolWarnsFragility {

        private static final String RULE = "HookBasedToolWarnsFragility";
        private final Tool rtk = pricedTool("rtk").hookBased().build();

        @Test
        void hookBasedToolWarns() {
            RuleRun run = RuleRun.fire(rtk, pricedTool("proxy").proxy(8787).build());

            assertThat(run.findingsOf(RULE)).containsExactly(new Finding(Finding.WARNING, RULE,
                    "rtk depends on the agent's hook API, which changes with agent releases"
                            + " (rtk-ai/rtk#506, #2258, #3056); re-check it after each agent"
                            + " update", "rtk", null));
        }

        @Test
        void excludedHookBasedToolDoesNotWarn() {
            RuleRun run = RuleRun.fire(rtk, new Exclusion("rtk", "SomeRule", "out"));

            assertThat(run.findingsOf(RULE)).isEmpty();
        }
    }

    @Nested
    class NegativeMeasuredEffectWarns {

        private static final String RULE = "NegativeMeasuredEffectWarns";
        private final Tool leanCtx = pricedTool("lean-ctx").claims("fileReads", "0.60")
                .measuredSource("yvgude/lean-ctx#1305")
                .measuresSessionShare("-0.106", "fileReads", "shellOutput").build();

        @Test
        void toolMeasuredAddingTokensWarns() {
            RuleRun run = RuleRun.fire(leanCtx);

            assertThat(run.findingsOf(RULE)).containsExactly(new Finding(Finding.WARNING, RULE,
                    "lean-ctx was measured adding tokens (yvgude/lean-ctx#1305); on measured"
                            + " evidence it costs more than no tool", "lean-ctx", null));
        }

        @Test
        void toolMeasuredSavingLessThanClaimedDoesNotWarn() {
            RuleRun run = RuleRun.fire(pricedTool("caveman").claims("output", "0.65")
                    .measures("output", "0.085").build());

            assertThat(run.findingsOf(RULE)).isEmpty();
        }

        @Test
        void excludedToolDoesNotWarn() {
            RuleRun run = RuleRun.fire(leanCtx, new Exclusion("lean-ctx", "SomeRule", "out"));

            assertThat(run.findingsOf(RULE)).isEmpty();
        }
    }
}
