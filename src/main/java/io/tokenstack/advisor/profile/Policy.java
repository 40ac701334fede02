package io.tokenstack.advisor.profile;

/** What the team's privacy and licence policy allows; everything is allowed when left out. */
public record Policy(
        Boolean localProxyAllowed,
        Boolean defaultOnTelemetryAllowed,
        Boolean contentToThirdPartyAllowed,
        Boolean sourceAvailableLicensesAllowed) {

    public Policy {
        localProxyAllowed = localProxyAllowed == null || localProxyAllowed;
        defaultOnTelemetryAllowed = defaultOnTelemetryAllowed == null || defaultOnTelemetryAllowed;
        contentToThirdPartyAllowed = contentToThirdPartyAllowed == null
                || contentToThirdPartyAllowed;
        sourceAvailableLicensesAllowed = sourceAvailableLicensesAllowed == null
                || sourceAvailableLicensesAllowed;
    }
}
