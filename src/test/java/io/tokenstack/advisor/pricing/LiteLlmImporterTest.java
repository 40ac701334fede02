package io.tokenstack.advisor.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.pricing.LiteLlmImport.SkipReason;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiteLlmImporterTest {

    private static final Path FIXTURE =
            Path.of("src", "test", "resources", "litellm", "model_prices_fixture.json");

    private static LiteLlmImport imported;

    @BeforeAll
    static void importFixture() {
        imported = new LiteLlmImporter().importFile(FIXTURE, LocalDate.of(2026, 7, 24));
    }

    @Test
    void importsChatEntriesThatHaveBothPrices() {
        assertThat(imported.catalog().models()).extracting(ModelPrice::id).containsExactly(
                "claude-sonnet-4-6", "gemini/gemini-2.5-pro", "gpt-4o", "deepseek/deepseek-v3.2",
                "deepseek/deepseek-r1", "deepseek/deepseek-chat", "example/input-steps-up-only",
                "example/window-written-as-float");
        assertThat(imported.importedCount()).isEqualTo(8);
    }

    @Test
    void countsWhatItSkippedByReason() {
        assertThat(imported.skippedByReason()).containsExactlyInAnyOrderEntriesOf(Map.of(
                SkipReason.DOCUMENTATION_ENTRY, 1,
                SkipReason.OTHER_MODE, 3,
                SkipReason.NO_MODE, 1,
                SkipReason.MISSING_PRICE, 1,
                SkipReason.INVALID_PRICE, 1));
        assertThat(imported.skippedCount()).isEqualTo(7);
        assertThat(imported.skipReason("sample_spec")).contains(SkipReason.DOCUMENTATION_ENTRY);
        assertThat(imported.skipReason("text-embedding-3-small")).contains(SkipReason.OTHER_MODE);
        assertThat(imported.skipReason("gpt-5.5-pro")).contains(SkipReason.OTHER_MODE);
        assertThat(imported.skipReason("gpt-4o")).isEmpty();
    }

    @Test
    void convertsPerTokenPricesToPerMillionExactly() {
        TokenRates sonnet = model("claude-sonnet-4-6").base();

        assertThat(sonnet.input().toPlainString()).isEqualTo("3");
        assertThat(sonnet.output().toPlainString()).isEqualTo("15");
        assertThat(model("gemini/gemini-2.5-pro").base().input().toPlainString())
                .isEqualTo("1.25");
        assertThat(model("deepseek/deepseek-v3.2").base().input().toPlainString())
                .isEqualTo("0.28");
        // 2.19e-06 * 1e6 in double arithmetic is 2.1900000000000004.
        assertThat(model("deepseek/deepseek-r1").base().output().toPlainString())
                .isEqualTo("2.19");
        TokenRates plain = model("example/input-steps-up-only").base();
        assertThat(plain.input().toPlainString()).isEqualTo("1");
        assertThat(plain.output().toPlainString()).isEqualTo("180");
        assertThat(model("example/window-written-as-float").base().output().signum()).isZero();
    }

    @Test
    void readsCacheReadAndBothWritePrices() {
        CacheRates sonnet = model("claude-sonnet-4-6").cache();

        assertThat(sonnet.read().toPlainString()).isEqualTo("0.3");
        assertThat(sonnet.write5m().toPlainString()).isEqualTo("3.75");
        assertThat(sonnet.write1h().toPlainString()).isEqualTo("6");
        assertThat(model("gpt-4o").cache().write5m()).isNull();
        assertThat(model("example/input-steps-up-only").cache()).isNull();
    }

    @Test
    void readsDeepSeeksCacheHitPriceAsTheCacheRead() {
        assertThat(model("deepseek/deepseek-v3.2").cache().read().toPlainString())
                .isEqualTo("0.028");
    }

    @Test
    void aZeroWritePriceMeansNoPremiumNotFreeWrites() {
        CacheRates chat = model("deepseek/deepseek-chat").cache();

        assertThat(chat.read().toPlainString()).isEqualTo("0.028");
        assertThat(chat.write5m()).isNull();
    }

    @Test
    void readsExplicitBatchPricesOnly() {
        TokenRates batch = model("gpt-4o").batch();

        assertThat(batch.input().toPlainString()).isEqualTo("1.25");
        assertThat(batch.output().toPlainString()).isEqualTo("5");
        assertThat(model("claude-sonnet-4-6").batch()).isNull();
    }

    @Test
    void readsLongContextTiersAndIgnoresPriorityVariants() {
        assertThat(model("gemini/gemini-2.5-pro").longContext()).singleElement().satisfies(t -> {
            assertThat(t.aboveTokens()).isEqualTo(200_000L);
            assertThat(t.input().toPlainString()).isEqualTo("2.5");
            assertThat(t.output().toPlainString()).isEqualTo("15");
            assertThat(t.cacheRead().toPlainString()).isEqualTo("0.25");
        });
        assertThat(model("gpt-4o").longContext()).isEmpty();
    }

    @Test
    void aTierThatRaisesOnlyInputKeepsTheBaseOutput() {
        assertThat(model("example/input-steps-up-only").longContext()).singleElement()
                .satisfies(t -> {
                    assertThat(t.aboveTokens()).isEqualTo(128_000L);
                    assertThat(t.input().toPlainString()).isEqualTo("2");
                    assertThat(t.output().toPlainString()).isEqualTo("180");
                    assertThat(t.cacheRead()).isNull();
                });
    }

    @Test
    void flagsReasoningWithoutInventingMultipliers() {
        ReasoningInfo reasoning = model("claude-sonnet-4-6").reasoning();

        assertThat(reasoning.multiplierMin()).isNull();
        assertThat(reasoning.multiplierMax()).isNull();
        assertThat(reasoning.source()).isEqualTo(imported.source());
        assertThat(model("gpt-4o").isReasoning()).isFalse();
    }

    @Test
    void readsProviderAndContextWindow() {
        ModelPrice sonnet = model("claude-sonnet-4-6");

        assertThat(sonnet.provider()).isEqualTo("anthropic");
        assertThat(sonnet.name()).isEqualTo("claude-sonnet-4-6");
        assertThat(sonnet.contextWindow()).isEqualTo(1_000_000L);
        assertThat(model("example/window-written-as-float").contextWindow())
                .isEqualTo(2_000_000L);
        assertThat(model("deepseek/deepseek-chat").contextWindow()).isNull();
    }

    @Test
    void namesTheFileAndDateAsTheSourceOfEveryPrice() {
        PriceSource source = imported.source();

        assertThat(source.key()).isEqualTo("litellm-2026-07-24");
        assertThat(source.reference()).isEqualTo(FIXTURE.toString());
        assertThat(source.asOf()).isEqualTo("2026-07-24");
        assertThat(source.dateKind()).isEqualTo("snapshot");
        assertThat(model("gpt-4o").batch().source()).isSameAs(source);
    }

    @Test
    void withoutADateTakesTheDayTheFileWasWritten(@TempDir Path dir) throws IOException {
        Path copy = Files.copy(FIXTURE, dir.resolve("prices.json"));
        Files.setLastModifiedTime(copy, FileTime.from(Instant.parse("2026-03-05T23:30:00Z")));

        PriceSource source = new LiteLlmImporter().importFile(copy).source();

        assertThat(source.asOf()).isEqualTo("2026-03-05");
        assertThat(source.dateKind()).isEqualTo("retrieved");
    }

    @Test
    void importsOtherModesWhenAskedTo() throws IOException {
        LiteLlmImport withResponses;
        try (InputStream in = Files.newInputStream(FIXTURE)) {
            withResponses = new LiteLlmImporter(Set.of("chat", "responses"))
                    .importJson(in, imported.source());
        }

        assertThat(withResponses.find("gpt-5.5-pro")).isPresent();
        assertThat(withResponses.importedCount()).isEqualTo(9);
    }

    @Test
    void refusesAFileThatIsNotJson(@TempDir Path dir) throws IOException {
        Path broken = Files.writeString(dir.resolve("prices.json"), "{\"gpt-4o\": ");

        try {
            new LiteLlmImporter().importFile(broken, LocalDate.of(2026, 7, 24));
        } catch (CatalogException e) {
            assertThat(e.getMessage()).startsWith(broken + ": is not valid JSON");
            return;
        }
        throw new AssertionError("expected a CatalogException");
    }

    private static ModelPrice model(String key) {
        return imported.find(key).orElseThrow();
    }
}
