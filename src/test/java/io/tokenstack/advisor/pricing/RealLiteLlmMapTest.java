package io.tokenstack.advisor.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.pricing.LiteLlmImport.SkipReason;
import org.junit.jupiter.api.Test;

class RealLiteLlmMapTest {

    /** Top-level keys in the snapshot, sample_spec included (PROVENANCE.md). */
    private static final int KEYS_IN_SNAPSHOT = 2984;

    @Test
    void importsThousandsOfChatModelsAndAccountsForEveryKey() {
        LiteLlmImport imported = RealLiteLlmMap.imported();

        assertThat(imported.importedCount()).isGreaterThan(2000);
        assertThat(imported.importedCount() + imported.skippedCount())
                .isEqualTo(KEYS_IN_SNAPSHOT);
        assertThat(imported.catalog().models()).allSatisfy(m -> {
            assertThat(m.base().input()).isNotNull();
            assertThat(m.base().output()).isNotNull();
        });
    }

    @Test
    void skipsTheFormatDocumentationAndNonChatEntries() {
        LiteLlmImport imported = RealLiteLlmMap.imported();

        assertThat(imported.skipReason("sample_spec")).contains(SkipReason.DOCUMENTATION_ENTRY);
        assertThat(imported.skipReason("text-embedding-3-small")).contains(SkipReason.OTHER_MODE);
        assertThat(imported.skipReason("gpt-5.5-pro")).contains(SkipReason.OTHER_MODE);
        assertThat(imported.skippedByReason()).containsKeys(SkipReason.NO_MODE,
                SkipReason.MISSING_PRICE);
        assertThat(imported.find("sample_spec")).isEmpty();
    }

    @Test
    void pricesGpt4oAtTwoFiftyAndTen() {
        ModelPrice gpt4o = RealLiteLlmMap.imported().find("gpt-4o").orElseThrow();

        assertThat(gpt4o.base().input()).isEqualByComparingTo("2.50");
        assertThat(gpt4o.base().output()).isEqualByComparingTo("10.00");
        assertThat(gpt4o.cache().read()).isEqualByComparingTo("1.25");
        assertThat(gpt4o.batch().input()).isEqualByComparingTo("1.25");
        assertThat(gpt4o.contextWindow()).isEqualTo(128_000L);
        assertThat(gpt4o.provider()).isEqualTo("openai");
    }

    @Test
    void readsGpt55sTierAbove272kTokens() {
        ModelPrice gpt55 = RealLiteLlmMap.imported().find("gpt-5.5").orElseThrow();

        assertThat(gpt55.longContext()).singleElement().satisfies(t -> {
            assertThat(t.aboveTokens()).isEqualTo(272_000L);
            assertThat(t.input()).isEqualByComparingTo("10");
            assertThat(t.output()).isEqualByComparingTo("45");
            assertThat(t.cacheRead()).isEqualByComparingTo("1");
        });
    }

    @Test
    void overlayOnTheShippedCatalogTakesTheMapsPricesWhereItHasThem() {
        CatalogLoad shipped = new CatalogLoader().loadPackaged(false);

        PriceCatalog overlaid =
                LiteLlmOverlay.overlayFromLiteLlm(shipped, RealLiteLlmMap.imported());

        assertThat(overlaid.models()).extracting(ModelPrice::id)
                .containsExactlyElementsOf(shipped.catalog().models().stream()
                        .map(ModelPrice::id).toList());
        ModelPrice o4mini = overlaid.find("o4-mini").orElseThrow();
        assertThat(o4mini.base().input()).isEqualByComparingTo("1.10");
        assertThat(o4mini.base().source().key()).isEqualTo("litellm-2026-07-24");
        assertThat(o4mini.reasoning().multiplierMax()).isEqualByComparingTo("6");
        assertThat(o4mini.alternatives()).extracting(AlternativePrice::input)
                .containsExactly(new java.math.BigDecimal("0.55"));
        ModelPrice fast = overlaid.find("claude-opus-4-8-fast").orElseThrow();
        assertThat(fast).isEqualTo(shipped.catalog().find("claude-opus-4-8-fast").orElseThrow());
        assertThat(overlaid.find("gpt-5.5-pro").orElseThrow().base().source().key())
                .as("not a chat entry in the map, so the catalog price stays")
                .isEqualTo("article");
    }
}
