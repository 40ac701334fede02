package io.tokenstack.advisor.web;

/**
 * Request and response examples for the OpenAPI description. The article baseline is the
 * shipped {@code profiles/article-baseline.yaml} as JSON; a test keeps the two equal.
 */
final class ApiExamples {

    static final String ARTICLE_BASELINE = """
            {
              "name": "article-baseline",
              "team": {"developers": 1, "sessionsPerDeveloperDay": 5,
                       "workingDaysPerMonth": 22, "hourlyCostUsd": 100},
              "session": {
                "inputTokens": {"shellOutput": 118000, "fileReads": 0, "searchResults": 0,
                                "logsAndRag": 0, "contextFiles": 0, "conversation": 0},
                "outputTokens": 15000,
                "largestPromptTokens": 90000,
                "repeatedInputShare": 0.0,
                "turnsPerSession": 20
              },
              "models": [{"id": "claude-opus-4-8", "share": 1.0}],
              "agent": "claude-code",
              "batchableShare": 0.0,
              "promptCaching": false,
              "policy": {"localProxyAllowed": true, "defaultOnTelemetryAllowed": true,
                         "contentToThirdPartyAllowed": true,
                         "sourceAvailableLicensesAllowed": true},
              "evidence": "claimed",
              "horizonMonths": 12
            }
            """;

    /** The smallest useful profile: every left-out field takes the article's session. */
    static final String ONE_MODEL = """
            {"name": "one-model", "models": [{"id": "claude-sonnet-4-6", "share": 1}]}
            """;

    static final String COMPARE = """
            {
              "profile": {"name": "ten-developers", "team": {"developers": 10},
                          "models": [{"id": "claude-opus-4-8", "share": 1}]},
              "stack": ["rtk", "headroom", "caveman"],
              "models": ["claude-opus-4-8", "claude-sonnet-4-6", "claude-haiku-4-5"],
              "batch": false,
              "cache": false,
              "evidence": "claimed"
            }
            """;

    static final String INVALID_PROFILE = """
            {
              "type": "about:blank",
              "title": "Bad Request",
              "status": 400,
              "detail": "request body: 2 problems; see errors",
              "instance": "/api/v1/advise",
              "errors": [
                {"field": "team.developers",
                 "message": "0 is out of range; allowed: 1 to 100000"},
                {"field": "models[0].id",
                 "message": "unknown model 'claude-opus-48'; did you mean 'claude-opus-4-8'?"}
              ]
            }
            """;

    private ApiExamples() {
    }
}
