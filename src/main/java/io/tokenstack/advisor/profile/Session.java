package io.tokenstack.advisor.profile;

import java.math.BigDecimal;

/**
 * One typical agent session. Input is split by where it comes from because each tool acts on
 * different sources.
 *
 * @param turnsPerSession requests the agent makes in a session; tools that add input on every
 *     turn (caveman's skill) cost this many times their per-turn tokens
 * @param reasoningMultiplier billed output per visible output token on reasoning models
 *     (hidden reasoning); 1 counts none, as the article's tables do
 */
public record Session(
        InputTokens inputTokens,
        Long outputTokens,
        Long largestPromptTokens,
        BigDecimal repeatedInputShare,
        Integer turnsPerSession,
        BigDecimal reasoningMultiplier) {

    public Session {
        inputTokens = inputTokens == null ? InputTokens.articleSession() : inputTokens;
        outputTokens = outputTokens == null ? 15_000L : outputTokens;
        largestPromptTokens = largestPromptTokens == null
                ? Math.min(inputTokens.total(), 90_000L) : largestPromptTokens;
        repeatedInputShare = repeatedInputShare == null ? BigDecimal.ZERO : repeatedInputShare;
        turnsPerSession = turnsPerSession == null ? 20 : turnsPerSession;
        reasoningMultiplier = reasoningMultiplier == null ? BigDecimal.ONE : reasoningMultiplier;
    }
}
