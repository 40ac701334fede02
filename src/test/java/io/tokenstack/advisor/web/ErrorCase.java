package io.tokenstack.advisor.web;

import java.util.List;

/**
 * A request the API must refuse, and what the problem must say: the status, the field named
 * in {@code errors} (null when the whole body is at fault) and a piece of the message that
 * says what is allowed. The slice tests and the real-server tests run the same list.
 */
record ErrorCase(String name, String method, String path, String contentType, String body,
        int status, String field, String message) {

    static final String JSON = "application/json";

    static List<ErrorCase> all() {
        return List.of(
                new ErrorCase("malformed JSON", "POST", "/api/v1/advise", JSON,
                        "{\"name\": \"t\", \"models\": [", 400, null,
                        "not a valid JSON profile (line 1, column"),
                new ErrorCase("wrong type", "POST", "/api/v1/advise", JSON,
                        profile("\"team\": {\"developers\": \"ten\"}"), 400,
                        "team.developers", "'ten' is not a whole number"),
                new ErrorCase("out-of-range number", "POST", "/api/v1/advise", JSON,
                        profile("\"team\": {\"developers\": 0}"), 400, "team.developers",
                        "0 is out of range; allowed: 1 to 100000"),
                new ErrorCase("unknown model id", "POST", "/api/v1/advise", JSON,
                        "{\"name\": \"t\", \"models\": [{\"id\": \"claude-opus-48\","
                                + " \"share\": 1}]}", 400, "models[0].id",
                        "unknown model 'claude-opus-48'; did you mean 'claude-opus-4-8'?"),
                new ErrorCase("unknown field", "POST", "/api/v1/advise", JSON,
                        profile("\"developers\": 3"), 400, "developers",
                        "unknown field 'developers'; allowed: agent, batchableShare,"),
                new ErrorCase("shares not summing to 1", "POST", "/api/v1/advise", JSON,
                        "{\"name\": \"t\", \"models\": [{\"id\": \"claude-opus-4-8\","
                                + " \"share\": 0.5}, {\"id\": \"o3\", \"share\": 0.4}]}", 400,
                        "models", "shares add up to 0.9; they must add up to 1"),
                new ErrorCase("empty body", "POST", "/api/v1/advise", JSON, "", 400, null,
                        "is empty; a profile needs at least models"),
                new ErrorCase("body over 64 KiB", "POST", "/api/v1/advise", JSON,
                        profile("\"agent\": \"" + "x".repeat(70 * 1024) + "\""), 413, null,
                        "is larger than 64 KiB"),
                new ErrorCase("other media type", "POST", "/api/v1/advise", "text/plain",
                        profile(""), 415, "Content-Type", "allowed: application/json"),
                new ErrorCase("unknown path", "GET", "/api/v1/nothing-here", null, null, 404,
                        null, null),
                new ErrorCase("wrong method", "GET", "/api/v1/advise", null, null, 405,
                        "method", "GET is not allowed here; allowed: POST"),
                new ErrorCase("unknown profile name", "GET", "/api/v1/profiles/nobody/advice",
                        null, null, 404, "name", "no profile named 'nobody'; known: "),
                new ErrorCase("compare: unknown tool", "POST", "/api/v1/compare", JSON,
                        "{\"profile\": " + profile("") + ", \"stack\": [\"rtk\", \"headrom\"]}",
                        400, "stack[1]", "unknown tool 'headrom'; did you mean 'headroom'?"),
                new ErrorCase("compare: profile problem", "POST", "/api/v1/compare", JSON,
                        "{\"profile\": " + profile("\"team\": {\"developers\": -1}") + "}", 400,
                        "profile.team.developers", "-1 is out of range; allowed: 1 to 100000"),
                new ErrorCase("compare: unknown field", "POST", "/api/v1/compare", JSON,
                        "{\"profile\": " + profile("") + ", \"levers\": []}", 400, "levers",
                        "unknown field 'levers'; allowed: batch, cache, evidence, models,"
                                + " profile, stack"),
                new ErrorCase("compare: wrong type", "POST", "/api/v1/compare", JSON,
                        "{\"profile\": " + profile("") + ", \"batch\": \"often\"}", 400,
                        "batch", "'often' is not true or false"));
    }

    /** A valid one-model profile with {@code extra} fields added at the top. */
    static String profile(String extra) {
        return "{\"name\": \"t\", " + (extra.isEmpty() ? "" : extra + ", ")
                + "\"models\": [{\"id\": \"claude-opus-4-8\", \"share\": 1}]}";
    }

    @Override
    public String toString() {
        return name;
    }
}
