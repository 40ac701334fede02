package io.tokenstack.advisor.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/** Input tokens of one session by source. */
public record InputTokens(
        Long shellOutput,
        Long fileReads,
        Long searchResults,
        Long logsAndRag,
        Long contextFiles,
        Long conversation) {

    public InputTokens {
        shellOutput = orZero(shellOutput);
        fileReads = orZero(fileReads);
        searchResults = orZero(searchResults);
        logsAndRag = orZero(logsAndRag);
        contextFiles = orZero(contextFiles);
        conversation = orZero(conversation);
    }

    /** The article's session: 118,000 input tokens, all shell output as in rtk's table. */
    public static InputTokens articleSession() {
        return new InputTokens(118_000L, 0L, 0L, 0L, 0L, 0L);
    }

    public long total() {
        return shellOutput + fileReads + searchResults + logsAndRag + contextFiles
                + conversation;
    }

    /** Tokens by source, keyed by {@link TokenSource}. */
    public Map<TokenSource, Long> bySource() {
        Map<TokenSource, Long> map = new LinkedHashMap<>();
        map.put(TokenSource.SHELL_OUTPUT, shellOutput);
        map.put(TokenSource.FILE_READS, fileReads);
        map.put(TokenSource.SEARCH_RESULTS, searchResults);
        map.put(TokenSource.LOGS_AND_RAG, logsAndRag);
        map.put(TokenSource.CONTEXT_FILES, contextFiles);
        map.put(TokenSource.CONVERSATION, conversation);
        return map;
    }

    private static Long orZero(Long value) {
        return value == null ? 0L : value;
    }
}
