package io.tokenstack.advisor.profile;

import java.util.Arrays;
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

    public static Optional<TokenSource> ofKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
