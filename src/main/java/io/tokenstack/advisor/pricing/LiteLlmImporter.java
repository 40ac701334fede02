package io.tokenstack.advisor.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tokenstack.advisor.pricing.LiteLlmImport.SkipReason;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads LiteLLM's {@code model_prices_and_context_window.json} into models priced in USD per
 * million tokens. Only the modes asked for are imported (chat by default); fields this reader
 * does not know are ignored, as the map's schema requires.
 *
 * <p>What the map cannot say is left empty rather than guessed: an entry with
 * {@code supports_reasoning} gets a {@link ReasoningInfo} with null multipliers, because the
 * map gives no ratio of billed to visible output; a model without {@code *_batches} prices has
 * no batch rates, although LiteLLM itself would charge half the standard rate.
 */
public final class LiteLlmImporter {

    public static final Set<String> CHAT_ONLY = Set.of("chat");
    public static final String DOCUMENTATION_KEY = "sample_spec";

    private static final Pattern TIER_RATE =
            Pattern.compile("(input|output)_cost_per_token_above_(\\d+)k_tokens");
    private static final Pattern TIER_CACHE_READ =
            Pattern.compile("cache_read_input_token_cost_above_(\\d+)k_tokens");

    private final ObjectMapper json = JsonMapper.builder()
            // 2.19e-06 read as a double and scaled up gives 2.1900000000000004; as a decimal,
            // 2.19.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();
    private final Set<String> modes;

    public LiteLlmImporter() {
        this(CHAT_ONLY);
    }

    /** @param modes the {@code mode} values to import, e.g. chat and responses */
    public LiteLlmImporter(Set<String> modes) {
        this.modes = Set.copyOf(modes);
    }

    /** Imports a map whose snapshot date is known, e.g. from its provenance note. */
    public LiteLlmImport importFile(Path file, LocalDate snapshotDate) {
        return importFile(file, source(file, snapshotDate, "snapshot"));
    }

    /** Imports a map dated by its file's last-modified day (UTC), taken as its fetch day. */
    public LiteLlmImport importFile(Path file) {
        LocalDate modified;
        try {
            modified = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(),
                    ZoneOffset.UTC);
        } catch (IOException e) {
            throw CatalogException.forFile(file.toString(), e);
        }
        return importFile(file, source(file, modified, "retrieved"));
    }

    public LiteLlmImport importFile(Path file, PriceSource source) {
        try (InputStream in = Files.newInputStream(file)) {
            return importJson(in, source);
        } catch (IOException e) {
            throw CatalogException.forFile(file.toString(), e);
        }
    }

    /** @param source names the map in messages and becomes the source of every price */
    public LiteLlmImport importJson(InputStream in, PriceSource source) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JsonProcessingException e) {
            throw CatalogException.forFile(source.reference(),
                    "is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw CatalogException.forFile(source.reference(),
                    "must be a JSON object of model entries");
        }
        List<ModelPrice> models = new ArrayList<>();
        Map<String, SkipReason> skipped = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            SkipReason reason = skipReason(entry.getKey(), entry.getValue());
            if (reason == null) {
                models.add(model(entry.getKey(), entry.getValue(), source));
            } else {
                skipped.put(entry.getKey(), reason);
            }
        }
        return new LiteLlmImport(new PriceCatalog(models, source.reference()), source, skipped);
    }

    private SkipReason skipReason(String key, JsonNode entry) {
        if (DOCUMENTATION_KEY.equals(key)) {
            return SkipReason.DOCUMENTATION_ENTRY;
        }
        if (!entry.isObject()) {
            return SkipReason.NOT_AN_OBJECT;
        }
        JsonNode mode = entry.get("mode");
        if (mode == null || mode.isNull()) {
            return SkipReason.NO_MODE;
        }
        if (!modes.contains(mode.asText())) {
            return SkipReason.OTHER_MODE;
        }
        JsonNode input = entry.get("input_cost_per_token");
        JsonNode output = entry.get("output_cost_per_token");
        if (isAbsent(input) || isAbsent(output)) {
            return SkipReason.MISSING_PRICE;
        }
        if (!isPrice(input) || !isPrice(output)) {
            return SkipReason.INVALID_PRICE;
        }
        return null;
    }

    private static ModelPrice model(String key, JsonNode entry, PriceSource source) {
        TokenRates base = new TokenRates(perMillion(entry, "input_cost_per_token"),
                perMillion(entry, "output_cost_per_token"), source);
        ReasoningInfo reasoning = entry.path("supports_reasoning").asBoolean(false)
                ? new ReasoningInfo(null, null, source)
                : null;
        return new ModelPrice(key, text(entry, "litellm_provider", "unknown"), key,
                contextWindow(entry), base, cache(entry, source), batch(entry, source),
                tiers(entry, base, source), reasoning, null, List.of());
    }

    private static CacheRates cache(JsonNode entry, PriceSource source) {
        BigDecimal read = perMillion(entry, "cache_read_input_token_cost");
        if (read == null) {
            // DeepSeek's entries name their cache-hit price this way.
            read = perMillion(entry, "input_cost_per_token_cache_hit");
        }
        BigDecimal write5m = premium(perMillion(entry, "cache_creation_input_token_cost"));
        BigDecimal write1h =
                premium(perMillion(entry, "cache_creation_input_token_cost_above_1hr"));
        if (read == null && write5m == null && write1h == null) {
            return null;
        }
        return new CacheRates(read, write5m, write1h, source);
    }

    /**
     * A write price of 0 in the map means cache misses are billed as plain input, which a
     * {@link CacheRates} says with null; 0 would price cache writes as free.
     */
    private static BigDecimal premium(BigDecimal write) {
        return write == null || write.signum() == 0 ? null : write;
    }

    private static TokenRates batch(JsonNode entry, PriceSource source) {
        BigDecimal input = perMillion(entry, "input_cost_per_token_batches");
        BigDecimal output = perMillion(entry, "output_cost_per_token_batches");
        return input == null || output == null ? null : new TokenRates(input, output, source);
    }

    /**
     * One tier per {@code _above_NNNk_tokens} threshold that raises the input or output price;
     * a rate the map does not raise stays at the base rate. 200k means 200,000 tokens, as the
     * providers' price pages count.
     */
    private static List<LongContextTier> tiers(JsonNode entry, TokenRates base,
            PriceSource source) {
        Map<Long, BigDecimal[]> byThreshold = new TreeMap<>();
        entry.fieldNames().forEachRemaining(field -> {
            Matcher rate = TIER_RATE.matcher(field);
            Matcher cacheRead = TIER_CACHE_READ.matcher(field);
            if (rate.matches()) {
                int slot = rate.group(1).equals("input") ? 0 : 1;
                tierSlots(byThreshold, rate.group(2))[slot] = perMillion(entry, field);
            } else if (cacheRead.matches()) {
                tierSlots(byThreshold, cacheRead.group(1))[2] = perMillion(entry, field);
            }
        });
        List<LongContextTier> tiers = new ArrayList<>();
        byThreshold.forEach((above, rates) -> {
            if (rates[0] != null || rates[1] != null) {
                tiers.add(new LongContextTier(above,
                        rates[0] != null ? rates[0] : base.input(),
                        rates[1] != null ? rates[1] : base.output(), rates[2], source));
            }
        });
        return tiers;
    }

    private static BigDecimal[] tierSlots(Map<Long, BigDecimal[]> byThreshold, String thousands) {
        return byThreshold.computeIfAbsent(Long.parseLong(thousands) * 1000,
                k -> new BigDecimal[3]);
    }

    /** {@code max_input_tokens}, when it is a whole number; a few entries write 2000000.0. */
    private static Long contextWindow(JsonNode entry) {
        JsonNode value = entry.get("max_input_tokens");
        if (value == null || !value.isNumber()) {
            return null;
        }
        BigDecimal tokens = value.decimalValue();
        if (tokens.signum() <= 0 || tokens.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return tokens.longValue();
    }

    /** USD per token to USD per million tokens, exactly; null when absent or not a price. */
    private static BigDecimal perMillion(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return isPrice(value) ? value.decimalValue().movePointRight(6) : null;
    }

    private static boolean isPrice(JsonNode value) {
        return value != null && value.isNumber() && value.decimalValue().signum() >= 0;
    }

    private static boolean isAbsent(JsonNode value) {
        return value == null || value.isNull();
    }

    private static String text(JsonNode entry, String field, String fallback) {
        JsonNode value = entry.get(field);
        return value != null && value.isTextual() ? value.asText() : fallback;
    }

    private static PriceSource source(Path file, LocalDate asOf, String dateKind) {
        return new PriceSource("litellm-" + asOf,
                "LiteLLM price map (model_prices_and_context_window.json)", file.toString(),
                asOf.toString(), dateKind);
    }
}
