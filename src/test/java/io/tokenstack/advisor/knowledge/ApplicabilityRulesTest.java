package io.tokenstack.advisor.knowledge;

import static io.tokenstack.advisor.fixtures.Profiles.profile;
import static io.tokenstack.advisor.fixtures.Tools.pricedTool;
import static io.tokenstack.advisor.fixtures.Tools.tool;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.tools.Tool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/applicability.drl: which tools can work at all for the team's agent and setup. */
class ApplicabilityRulesTest {

    @Nested
    class UnsupportedAgentExcludesTool {

        private static final String RULE = "UnsupportedAgentExcludesTool";
        private final Tool proxyOnly = pricedTool("proxy-only")
                .agents("claude-code", "proxy", "codex", "proxy", "api", "proxy").build();

        @Test
        void agentTheToolCannotAttachToExcludesIt() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().agent("cursor").build()),
                    proxyOnly);

            assertThat(run.exclusions()).containsExactly(new Exclusion("proxy-only", RULE,
                    "proxy-only has no way to attach to cursor"
                            + " (it supports claude-code, codex, api)"));
        }

        @Test
        void agentTheToolSupportsKeepsIt() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().agent("codex").build()),
                    proxyOnly);

            assertThat(run.exclusions()).isEmpty();
            assertThat(run.times(RULE)).isZero();
        }
    }

    @Nested
    class ToolWithoutPublishedReductionIsExcluded {

        private static final String RULE = "ToolWithoutPublishedReductionIsExcluded";

        @Test
        void toolWithNothingToPriceIsExcluded() {
            Tool silent = tool("silent").claimedSource("the vendor publishes no figure").build();

            RuleRun run = RuleRun.fire(silent);

            assertThat(run.exclusions()).containsExactly(new Exclusion("silent", RULE,
                    "silent has no published or measured reduction to price"
                            + " (the vendor publishes no figure)"));
        }

        @Test
        void toolWithAClaimOrOnlyAMeasurementStays() {
            RuleRun run = RuleRun.fire(tool("claimed").claims("output", "0.10").build(),
                    tool("measured").measures("output", "0.10").build());

            assertThat(run.exclusions()).isEmpty();
        }
    }

    @Nested
    class OwnGemmaRequiredExcludesCavegemma {

        private static final String RULE = "OwnGemmaRequiredExcludesCavegemma";
        private final Tool cavegemma = pricedTool("cavegemma").claims("output", "0.27")
                .requiresOwnGemma().build();

        @Test
        void teamNotServingGemmaCannotUseIt() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().build()), cavegemma);

            assertThat(run.exclusions()).containsExactly(new Exclusion("cavegemma", RULE,
                    "cavegemma is a fine-tune of Gemma 4 31B; the team does not serve its own"
                            + " Gemma model"));
        }

        @Test
        void teamServingGemmaKeepsIt() {
            RuleRun run = RuleRun.fire(new ProfileFacts(profile().servesOwnGemma().build()),
                    cavegemma);

            assertThat(run.exclusions()).isEmpty();
        }
    }

    @Nested
    class LittleShellOutputMeansRtkDoesLittle {

        private static final String RULE = "LittleShellOutputMeansRtkDoesLittle";
        private final Tool rtk = pricedTool("rtk").claims("shellOutput", "0.80").build();

        @Test
        void shellOutputUnderAQuarterOfInputWarns() {
            // 100,000 of 500,000 input tokens: 20%
            RuleRun run = RuleRun.fire(new ProfileFacts(
                    profile().input(100_000, 400_000, 0, 0, 0, 0).build()), rtk);

            assertThat(run.findingsOf(RULE)).containsExactly(new Finding(Finding.WARNING, RULE,
                    "rtk only shrinks shell output, which is 20% of this team's input; files"
                            + " read with the agent's native tools bypass its hook"
                            + " (rtk-ai/rtk#2629: 0.2-1.5% after Claude Code moved to native"
                            + " reads)", "rtk", null));
        }

        @Test
        void exactlyAQuarterDoesNotWarn() {
            RuleRun run = RuleRun.fire(new ProfileFacts(
                    profile().input(100_000, 300_000, 0, 0, 0, 0).build()), rtk);

            assertThat(run.findingsOf(RULE)).isEmpty();
        }

        @Test
        void excludedRtkDoesNotWarn() {
            RuleRun run = RuleRun.fire(new ProfileFacts(
                    profile().input(100_000, 400_000, 0, 0, 0, 0).build()), rtk,
                    new Exclusion("rtk", "SomeRule", "out"));

            assertThat(run.findingsOf(RULE)).isEmpty();
        }
    }
}
