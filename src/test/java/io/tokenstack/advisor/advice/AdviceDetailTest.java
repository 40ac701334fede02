package io.tokenstack.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.fixtures.Shipped;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.profile.TeamProfile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdviceDetailTest {

    private final Advisor advisor = new Advisor();

    @ParameterizedTest
    @ValueSource(strings = {"article-baseline", "solo-budget", "strict-privacy-frontier",
        "sre-automation", "platform-team"})
    void topStackAdviceIsTheFullAdviceCutToItsFirstRecommendation(String name) {
        Knowledge knowledge = Shipped.knowledge();
        TeamProfile profile = Shipped.profile(name);

        Advice full = advisor.advise(profile, knowledge, AdviceDetail.FULL);
        Advice top = advisor.advise(profile, knowledge, AdviceDetail.TOP_STACK);

        assertThat(top.recommendations()).containsExactly(full.recommendations().get(0));
        assertThat(top.notRecommended()).isEmpty();
        assertThat(top.baseline()).isEqualTo(full.baseline());
        assertThat(top.excluded()).isEqualTo(full.excluded());
        assertThat(top.explanation()).isEqualTo(full.explanation());
        assertThat(top.warnings()).isEqualTo(full.warnings());
        assertThat(top.firedRules()).isEqualTo(full.firedRules());
        assertThat(top.candidatesWeighed()).isEqualTo(full.candidatesWeighed());
    }
}
