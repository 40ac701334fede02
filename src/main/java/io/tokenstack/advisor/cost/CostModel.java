package io.tokenstack.advisor.cost;

import io.tokenstack.advisor.pricing.CacheRates;
import io.tokenstack.advisor.pricing.LongContextTier;
import io.tokenstack.advisor.pricing.ModelPrice;
import io.tokenstack.advisor.profile.Session;
import io.tokenstack.advisor.profile.TokenSource;
import io.tokenstack.advisor.tools.AddedInput;
import io.tokenstack.advisor.tools.Effect;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The money arithmetic: what a session costs on a model, before and after a stack of tools
 * and provider levers. Amounts stay unrounded BigDecimal; only display rounds. The one
 * inexact step is sharing a whole-session reduction among sources, done at 34 digits.
 */
public final class CostModel {

    static final MathContext MC = MathContext.DECIMAL128;

    /**
     * Applies a stack's tools to one session. Per-source reductions compose on what earlier
     * tools left, so their order does not matter; whole-session figures are applied after
     * them in tool-id order, and input a tool adds comes last, so no tool shrinks another's
     * overhead. The result is the same for any order of {@code tools}.
     */
    public TokenFlow flow(Session session, ModelPrice model, List<Tool> tools,
            boolean claimedEvidence) {
        Map<TokenSource, BigDecimal> input = new EnumMap<>(TokenSource.class);
        session.inputTokens().bySource().forEach((s, n) -> input.put(s, BigDecimal.valueOf(n)));
        BigDecimal rawOutput = BigDecimal.valueOf(session.outputTokens());
        BigDecimal output = rawOutput;
        BigDecimal rawTotal = sum(input);
        List<Tool> ordered = tools.stream().sorted(Comparator.comparing(Tool::id)).toList();

        for (Tool tool : ordered) {
            for (Effect effect : tool.evidence(claimedEvidence).effects()) {
                if (!effect.sessionWide()) {
                    BigDecimal keep = BigDecimal.ONE.subtract(effect.ratio());
                    TokenSource source = TokenSource.ofKey(effect.on()).orElseThrow();
                    if (source == TokenSource.OUTPUT) {
                        output = output.multiply(keep);
                    } else {
                        input.computeIfPresent(source, (s, n) -> n.multiply(keep));
                    }
                }
            }
        }
        for (Tool tool : ordered) {
            for (Effect effect : tool.evidence(claimedEvidence).effects()) {
                if (effect.sessionWide()) {
                    removeSessionShare(input, effect);
                }
            }
        }
        BigDecimal compressedTotal = sum(input);
        BigDecimal addedPerTurn = BigDecimal.ZERO;
        if (!claimedEvidence) {
            for (Tool tool : ordered) {
                AddedInput added = tool.addedInput();
                if (added != null && added.tokensPerTurn() > 0) {
                    BigDecimal perTurn = BigDecimal.valueOf(added.tokensPerTurn());
                    BigDecimal tokens = perTurn.multiply(
                            BigDecimal.valueOf(session.turnsPerSession()));
                    input.merge(TokenSource.ofKey(added.on()).orElseThrow(), tokens,
                            BigDecimal::add);
                    addedPerTurn = addedPerTurn.add(perTurn);
                }
            }
        }
        BigDecimal largest = BigDecimal.valueOf(session.largestPromptTokens());
        // Only a model with long-context tiers looks at the largest prompt; skip the division.
        if (!model.longContext().isEmpty() && rawTotal.signum() > 0) {
            largest = largest.multiply(compressedTotal).divide(rawTotal, MC);
        }
        largest = largest.add(addedPerTurn);
        BigDecimal hidden = BigDecimal.ZERO;
        if (model.isReasoning()) {
            hidden = rawOutput.multiply(session.reasoningMultiplier().subtract(BigDecimal.ONE));
        }
        return new TokenFlow(input, output, hidden, missShare(session, ordered, claimedEvidence),
                largest);
    }

    /**
     * Prices one session. {@code caching} means the prompt cache serves the repeated share;
     * {@code batchShare} of sessions (0 for none) run through the batch API, which sees no
     * cache and no long-context tier.
     */
    public SessionCost price(ModelPrice model, TokenFlow flow, boolean caching,
            BigDecimal batchShare) {
        boolean cacheOn = caching && model.offersCache();
        BigDecimal total = flow.totalInput();
        BigDecimal largest = flow.largestPrompt().min(total);
        LongContextTier tier = tierFor(model, largest);

        InputSplit input;
        BigDecimal surcharge = BigDecimal.ZERO;
        if (tier == null) {
            input = splitInput(total, flow.cacheMissShare(), model, null, cacheOn);
        } else {
            InputSplit rest = splitInput(total.subtract(largest), flow.cacheMissShare(), model,
                    null, cacheOn);
            InputSplit big = splitInput(largest, flow.cacheMissShare(), model, tier, cacheOn);
            InputSplit bigAtBase = splitInput(largest, flow.cacheMissShare(), model, null,
                    cacheOn);
            input = rest.plus(big);
            surcharge = big.total().subtract(bigAtBase.total());
        }
        BigDecimal outputRate = model.base().output();
        BigDecimal outputUsd = usd(flow.visibleOutput(), outputRate);
        BigDecimal reasoningUsd = usd(flow.hiddenReasoning(), outputRate);
        BigDecimal interactive = input.total().add(outputUsd).add(reasoningUsd);

        boolean batchOn = batchShare.signum() > 0 && model.offersBatch();
        BigDecimal batchSavings = BigDecimal.ZERO;
        if (batchOn) {
            BigDecimal batchSession = usd(total, model.batch().input())
                    .add(usd(flow.billedOutput(), model.batch().output()));
            batchSavings = batchShare.multiply(interactive.subtract(batchSession));
        }
        return new SessionCost(model.id(), flow, input.fresh(), input.cached(), outputUsd,
                reasoningUsd, surcharge, batchSavings, interactive.subtract(batchSavings),
                tier != null, cacheOn, batchOn);
    }

    /** Convenience: flow and price in one step. */
    public SessionCost session(Session session, ModelPrice model, List<Tool> tools,
            boolean claimedEvidence, boolean caching, BigDecimal batchShare) {
        return price(model, flow(session, model, tools, claimedEvidence), caching, batchShare);
    }

    static BigDecimal usd(BigDecimal tokens, BigDecimal ratePerMillion) {
        return tokens.multiply(ratePerMillion).movePointLeft(6);
    }

    private static LongContextTier tierFor(ModelPrice model, BigDecimal largestPrompt) {
        LongContextTier chosen = null;
        for (LongContextTier tier : model.longContext()) {
            if (largestPrompt.compareTo(BigDecimal.valueOf(tier.aboveTokens())) > 0
                    && (chosen == null || tier.aboveTokens() > chosen.aboveTokens())) {
                chosen = tier;
            }
        }
        return chosen;
    }

    private record InputSplit(BigDecimal fresh, BigDecimal cached) {
        InputSplit plus(InputSplit other) {
            return new InputSplit(fresh.add(other.fresh), cached.add(other.cached));
        }

        BigDecimal total() {
            return fresh.add(cached);
        }
    }

    /**
     * Fresh input is billed at the cache-write rate where the provider charges one (every new
     * token is written for later turns), else at the input rate; the repeated share at the
     * cache-read rate. Above a long-context tier the tier's rates apply; a tier without its
     * own cache prices scales the base ones by the tier's input step.
     */
    private static InputSplit splitInput(BigDecimal tokens, BigDecimal missShare,
            ModelPrice model, LongContextTier tier, boolean cacheOn) {
        BigDecimal inputRate = tier == null ? model.base().input() : tier.input();
        if (!cacheOn) {
            return new InputSplit(usd(tokens, inputRate), BigDecimal.ZERO);
        }
        CacheRates cache = model.cache();
        BigDecimal step = tier == null ? BigDecimal.ONE
                : tier.input().divide(model.base().input(), MC);
        BigDecimal readRate = tier != null && tier.cacheRead() != null ? tier.cacheRead()
                : cache.read().multiply(step);
        BigDecimal writeRate = cache.write5m() == null ? inputRate
                : cache.write5m().multiply(step);
        BigDecimal fresh = tokens.multiply(missShare);
        BigDecimal repeated = tokens.subtract(fresh);
        return new InputSplit(usd(fresh, writeRate), usd(repeated, readRate));
    }

    private static BigDecimal missShare(Session session, List<Tool> tools, boolean claimed) {
        BigDecimal miss = BigDecimal.ONE.subtract(session.repeatedInputShare());
        for (Tool tool : tools) {
            if (tool.cacheEffect() != null) {
                BigDecimal factor = claimed ? tool.cacheEffect().claimedMissMultiplier()
                        : tool.cacheEffect().measuredMissMultiplier();
                miss = miss.multiply(factor).min(BigDecimal.ONE);
            }
        }
        return miss;
    }

    /**
     * A figure measured on whole sessions removes that share of the session's input, drawn
     * from the sources the tool acts on in proportion to their size and never more than they
     * hold. A negative figure is overhead the tool brings (tool schemas, wrappers): it is
     * added to the context, where no other tool's reduction reaches it, so more input never
     * makes a session cheaper.
     */
    private static void removeSessionShare(Map<TokenSource, BigDecimal> input, Effect effect) {
        BigDecimal change = sum(input).multiply(effect.ratio());
        if (change.signum() < 0) {
            input.merge(TokenSource.CONTEXT_FILES, change.negate(), BigDecimal::add);
            return;
        }
        List<TokenSource> sources = effect.appliesTo().stream()
                .map(k -> TokenSource.ofKey(k).orElseThrow()).toList();
        BigDecimal available = BigDecimal.ZERO;
        for (TokenSource source : sources) {
            available = available.add(input.get(source));
        }
        if (available.signum() == 0) {
            return;
        }
        BigDecimal keep = BigDecimal.ONE.subtract(change.min(available).divide(available, MC));
        for (TokenSource source : sources) {
            input.put(source, input.get(source).multiply(keep, MC));
        }
    }

    private static BigDecimal sum(Map<TokenSource, BigDecimal> input) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal tokens : input.values()) {
            total = total.add(tokens);
        }
        return total;
    }
}
