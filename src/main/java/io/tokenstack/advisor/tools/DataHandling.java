package io.tokenstack.advisor.tools;

/** What a tool does with the team's traffic and data. */
public record DataHandling(boolean proxiesTraffic, Integer proxyPort,
        boolean contentToThirdParty, boolean defaultOnTelemetry, String note, String source) {
}
