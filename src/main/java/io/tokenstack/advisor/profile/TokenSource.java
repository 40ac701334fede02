package io.tokenstack.advisor.profile;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Where a session's tokens come from; tool evidence is stated per source. */
public enum TokenSource {
    SHELL_OUTPUT("shellOutput"),
    FILE_READS("fileReads"),
    SEARCH_RESULTS("searchResults"),
    LOGS_AND_RAG("logsAndRag"),
    CONTEXT_FILES("contextFiles"),
    CONVERSATION("conversation"),
    OUTPUT("output");

    private final String key;

    TokenSource(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public boolean isInput() {
        return this != OUTPUT;
    }

    private static final Map<String, TokenSource> BY_KEY = new HashMap<>();

    static {
        for (TokenSource source : values()) {
            BY_KEY.put(source.key, source);
        }
    }

    public static Optional<TokenSource> ofKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
