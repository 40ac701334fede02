package io.tokenstack.advisor.knowledge;

import static io.tokenstack.advisor.fixtures.Profiles.profile;
import static io.tokenstack.advisor.fixtures.Tools.pricedTool;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.tools.Tool;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** rules/privacy.drl: the team's policy takes tools out, each with the rule that did it. */
class PrivacyRulesTest {

    /** policy(localProxy, defaultOnTelemetry, contentToThirdParty, sourceAvailable) */
    private static ProfileFacts policy(boolean proxy, boolean telemetry, boolean thirdParty,
            boolean sourceAvailable) {
        return new ProfileFacts(profile().policy(proxy, telemetry, thirdParty, sourceAvailable)
                .build());
    }

    @Nested
    class ProxyForbiddenExcludesProxyTool {

        private static final String RULE = "ProxyForbiddenExcludesProxyTool";
        private final Tool headroom = pricedTool("headroom").proxy(8787).build();

        @Test
        void proxyToolIsExcluded() {
            RuleRun run = RuleRun.fire(policy(false, true, true, true), headroom,
                    pricedTool("rtk").build());

            assertThat(run.exclusions()).containsExactly(new Exclusion("headroom", RULE,
                    "headroom routes every request and the provider credentials through a local"
                            + " proxy on port 8787; policy localProxyAllowed is false"));
        }

        @Test
        void policyAllowingProxiesKeepsIt() {
            RuleRun run = RuleRun.fire(policy(true, false, false, false), headroom);

            assertThat(run.exclusions()).isEmpty();
        }
    }

    @Nested
    class TelemetryForbiddenExcludesDefaultOnTelemetryTool {

        private static final String RULE = "TelemetryForbiddenExcludesDefaultOnTelemetryTool";

        @Test
        void toolPhoningHomeByDefaultIsExcluded() {
            RuleRun run = RuleRun.fire(policy(true, false, true, true),
                    pricedTool("headroom").telemetryOnByDefault().build(),
                    pricedTool("rtk").build());

            assertThat(run.exclusions()).containsExactly(new Exclusion("headroom", RULE,
                    "headroom sends telemetry unless switched off (data-source); policy"
                            + " defaultOnTelemetryAllowed is false"));
        }

        @Test
        void policyAllowingTelemetryKeepsIt() {
            RuleRun run = RuleRun.fire(policy(false, true, false, false),
                    pricedTool("headroom").telemetryOnByDefault().build());

            assertThat(run.exclusions()).isEmpty();
        }
    }

    @Nested
    class ThirdPartyContentForbiddenExcludesTool {

        private static final String RULE = "ThirdPartyContentForbiddenExcludesTool";
        private final Tool compress = pricedTool("caveman-compress")
                .sendsContentOut("Sends the file to the Anthropic API.").build();

        @Test
        void toolSendingContentElsewhereIsExcluded() {
            RuleRun run = RuleRun.fire(policy(true, true, false, true), compress,
                    pricedTool("rtk").build());

            assertThat(run.exclusions()).containsExactly(new Exclusion("caveman-compress", RULE,
                    "caveman-compress sends repository content to an API outside the agent"
                            + " (Sends the file to the Anthropic API.); policy"
                            + " contentToThirdPartyAllowed is false"));
        }

        @Test
        void policyAllowingItKeepsTheTool() {
            RuleRun run = RuleRun.fire(policy(false, false, true, false), compress);

            assertThat(run.exclusions()).isEmpty();
        }
    }

    @Nested
    class OpenSourceOnlyExcludesSourceAvailableTool {

        private static final String RULE = "OpenSourceOnlyExcludesSourceAvailableTool";

        @Test
        void sourceAvailableLicenceIsExcluded() {
            RuleRun run = RuleRun.fire(policy(true, true, true, false),
                    pricedTool("caveman-proxy").licence("BSL-1.1", true).build(),
                    pricedTool("rtk").licence("Apache-2.0", false).build());

            assertThat(run.exclusions()).containsExactly(new Exclusion("caveman-proxy", RULE,
                    "caveman-proxy is licensed BSL-1.1, source-available rather than open"
                            + " source; policy sourceAvailableLicensesAllowed is false"));
        }

        @Test
        void policyAllowingSourceAvailableKeepsIt() {
            RuleRun run = RuleRun.fire(policy(false, false, false, true),
                    pricedTool("caveman-proxy").licence("BSL-1.1", true).build());

            assertThat(run.exclusions()).isEmpty();
        }
    }
}
