package io.tokenstack.advisor.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiteLlmOverlayTest {

    private static final PriceSource LIST =
            new PriceSource("list", "Example list", "example", "2026-01-01", "published");
    private static final PriceSource MAP =
            new PriceSource("litellm-2026-07-24", "LiteLLM", "map.json", "2026-07-24", "snapshot");

    @Test
    void replacesThePricesOfModelsFoundAndKeepsTheRest() {
        ModelPrice alpha = catalogModel("alpha", "2.00", "8.00", "fast-parent");
        ModelPrice beta = catalogModel("beta", "1.00", "2.00", null);
        ModelPrice mapAlpha = new ModelPrice("vendor/alpha", "vendor", "vendor/alpha", 64_000L,
                rates("3", "9", MAP), new CacheRates(new BigDecimal("0.3"), null, null, MAP),
                rates("1.5", "4.5", MAP),
                List.of(new LongContextTier(128_000, bd("6"), bd("18"), null, MAP)),
                new ReasoningInfo(null, null, MAP), null, List.of());

        PriceCatalog overlaid = LiteLlmOverlay.overlayFromLiteLlm(
                new PriceCatalog(List.of(alpha, beta), "catalog.yaml"),
                Map.of("alpha", "vendor/alpha"), imported(mapAlpha));

        ModelPrice merged = overlaid.find("alpha").orElseThrow();
        assertThat(merged.provider()).isEqualTo("example");
        assertThat(merged.name()).isEqualTo("Alpha");
        assertThat(merged.contextWindow()).isEqualTo(64_000L);
        assertThat(merged.base()).isEqualTo(mapAlpha.base());
        assertThat(merged.cache()).isEqualTo(mapAlpha.cache());
        assertThat(merged.batch()).isEqualTo(mapAlpha.batch());
        assertThat(merged.longContext()).isEqualTo(mapAlpha.longContext());
        assertThat(merged.reasoning().multiplierMin()).as("the catalog's multipliers stay")
                .isEqualByComparingTo("3");
        assertThat(merged.fastModeOf()).isEqualTo("fast-parent");
        assertThat(overlaid.find("beta").orElseThrow()).isEqualTo(beta);
        assertThat(overlaid.origin()).isEqualTo("catalog.yaml + map.json");
    }

    @Test
    void theDisplacedCatalogPriceBecomesAnAlternative() {
        ModelPrice alpha = catalogModel("alpha", "2.00", "8.00", null);
        ModelPrice mapAlpha = mapModel("alpha", "3", "9");

        ModelPrice merged = LiteLlmOverlay.overlayFromLiteLlm(
                new PriceCatalog(List.of(alpha), "catalog.yaml"), imported(mapAlpha))
                .find("alpha").orElseThrow();

        assertThat(merged.alternatives()).extracting(AlternativePrice::input,
                AlternativePrice::source).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(bd("2.00"), LIST),
                        org.assertj.core.groups.Tuple.tuple(bd("2.50"), LIST));
    }

    @Test
    void withoutBatchPricesInTheMapBatchIsHalfTheNewBaseRate() {
        ModelPrice alpha = catalogModel("alpha", "2.00", "8.00", null);

        ModelPrice merged = LiteLlmOverlay.overlayFromLiteLlm(
                new PriceCatalog(List.of(alpha), "catalog.yaml"),
                imported(mapModel("alpha", "3", "9"))).find("alpha").orElseThrow();

        assertThat(merged.batch().input()).isEqualByComparingTo("1.5");
        assertThat(merged.batch().output()).isEqualByComparingTo("4.5");
        assertThat(merged.batch().source().key()).isEqualTo("litellm-2026-07-24-batch-half");
        assertThat(merged.batch().source().asOf()).isEqualTo("2026-07-24");
    }

    @Test
    void aModelWithoutBatchGetsNoneFromTheHalfRateRule() {
        ModelPrice noBatch = new ModelPrice("alpha", "example", "Alpha", null,
                rates("2", "8", LIST), null, null, null, null, null, null);

        ModelPrice merged = LiteLlmOverlay.overlayFromLiteLlm(
                new PriceCatalog(List.of(noBatch), "catalog.yaml"),
                imported(mapModel("alpha", "3", "9"))).find("alpha").orElseThrow();

        assertThat(merged.batch()).isNull();
    }

    private static ModelPrice catalogModel(String id, String input, String output,
            String fastModeOf) {
        return new ModelPrice(id, "example", "Alpha", 200_000L, rates(input, output, LIST),
                new CacheRates(bd("0.20"), bd("2.50"), null, LIST), rates("1", "4", LIST),
                List.of(), new ReasoningInfo(bd("3"), bd("6"), LIST), fastModeOf,
                List.of(new AlternativePrice(bd("2.50"), bd("9"), null, LIST, "reseller")));
    }

    private static ModelPrice mapModel(String key, String input, String output) {
        return new ModelPrice(key, "vendor", key, null, rates(input, output, MAP), null, null,
                List.of(), null, null, List.of());
    }

    private static TokenRates rates(String input, String output, PriceSource source) {
        return new TokenRates(bd(input), bd(output), source);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }

    private static LiteLlmImport imported(ModelPrice... models) {
        return new LiteLlmImport(new PriceCatalog(List.of(models), "map.json"), MAP, Map.of());
    }
}
