package io.tokenstack.advisor.knowledge;

import io.tokenstack.advisor.profile.TeamProfile;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The profile as the rules see it: plain getters and a few derived figures, so conditions
 * stay short and readable.
 */
public final class ProfileFacts {

    private final TeamProfile profile;
    private final BigDecimal shellOutputShare;

    public ProfileFacts(TeamProfile profile) {
        this.profile = profile;
        long total = profile.session().inputTokens().total();
        this.shellOutputShare = total == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(profile.session().inputTokens().shellOutput())
                        .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_EVEN);
    }

    public TeamProfile getProfile() {
        return profile;
    }

    public String getAgent() {
        return profile.agent();
    }

    public int getDevelopers() {
        return profile.team().developers();
    }

    public boolean isClaimedEvidence() {
        return profile.claimedEvidence();
    }

    public BigDecimal getBatchableShare() {
        return profile.batchableShare();
    }

    public boolean isPromptCaching() {
        return profile.promptCaching();
    }

    public BigDecimal getRepeatedInputShare() {
        return profile.session().repeatedInputShare();
    }

    public BigDecimal getShellOutputShare() {
        return shellOutputShare;
    }

    public long getLargestPromptTokens() {
        return profile.session().largestPromptTokens();
    }

    public boolean isServesOwnGemma() {
        return profile.servesOwnGemma();
    }

    public boolean isLocalProxyAllowed() {
        return profile.policy().localProxyAllowed();
    }

    public boolean isDefaultOnTelemetryAllowed() {
        return profile.policy().defaultOnTelemetryAllowed();
    }

    public boolean isContentToThirdPartyAllowed() {
        return profile.policy().contentToThirdPartyAllowed();
    }

    public boolean isSourceAvailableLicensesAllowed() {
        return profile.policy().sourceAvailableLicensesAllowed();
    }

    public BigDecimal getReasoningMultiplier() {
        return profile.session().reasoningMultiplier();
    }
}
