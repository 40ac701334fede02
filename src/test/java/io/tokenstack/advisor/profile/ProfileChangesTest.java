package io.tokenstack.advisor.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenstack.advisor.support.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileChangesTest {

    private final TeamProfile base = new TeamProfile("base", null, null,
            List.of(new ModelShare("claude-opus-4-8", BigDecimal.ONE)), null, null, null, null,
            "claimed", null, null);

    @Test
    void oneModelIdPutsTheWholeTeamOnIt() {
        assertThat(ProfileChanges.parseModels("o", "claude-haiku-4-5"))
                .containsExactly(new ModelShare("claude-haiku-4-5", BigDecimal.ONE));
    }

    @Test
    void aMixReadsEachShare() {
        assertThat(ProfileChanges.parseModels("o", "claude-opus-4-8:0.7, gpt-5.5:0.3"))
                .containsExactly(new ModelShare("claude-opus-4-8", new BigDecimal("0.7")),
                        new ModelShare("gpt-5.5", new BigDecimal("0.3")));
    }

    @Test
    void aMixWithoutSharesOrWithAWordForAShareIsRefusedWithAnExample() {
        assertThatThrownBy(() -> ProfileChanges.parseModels("option --model", "a,b"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("option --model").hasMessageContaining("id:share");
        assertThatThrownBy(() -> ProfileChanges.parseModels("o", "a:half"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void policyWordsEachForbidOneThing() {
        Policy policy = ProfileChanges.parsePolicy("o", "no-proxy,open-source-only");

        assertThat(policy).isEqualTo(new Policy(false, true, true, false));
        assertThat(ProfileChanges.parsePolicy("o", "strict"))
                .isEqualTo(new Policy(false, false, false, false));
        assertThat(ProfileChanges.describe(policy)).isEqualTo("no-proxy,open-source-only");
        assertThat(ProfileChanges.describe(ProfileChanges.parsePolicy("o", "open")))
                .isEqualTo("open");
    }

    @Test
    void anUnknownPolicyWordNamesTheAllowedOnes() {
        assertThatThrownBy(() -> ProfileChanges.parsePolicy("option --policy", "no-proxies"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'no-proxies'").hasMessageContaining("no-telemetry");
    }

    @Test
    void changesReplaceOnlyWhatTheyName() {
        ProfileChanges changes = new ProfileChanges(null, 50, null, null, null,
                new BigDecimal("0.5"), null, null, null, null);

        TeamProfile changed = changes.applyTo(base);

        assertThat(changed.team().developers()).isEqualTo(50);
        assertThat(changed.batchableShare()).isEqualByComparingTo("0.5");
        assertThat(changed.team().sessionsPerDeveloperDay())
                .isEqualTo(base.team().sessionsPerDeveloperDay());
        assertThat(changed.models()).isEqualTo(base.models());
        assertThat(changed.evidence()).isEqualTo("claimed");
        assertThat(changes.describe()).containsExactly("developers: 50", "batchable share: 0.5");
    }

    @Test
    void noChangeIsEmptyAndLeavesTheProfileAsItWas() {
        assertThat(ProfileChanges.none().isEmpty()).isTrue();
        assertThat(ProfileChanges.none().applyTo(base)).isEqualTo(base);
        assertThat(new ProfileChanges(null, 2, null, null, null, null, null, null, null, null)
                .isEmpty()).isFalse();
    }
}
