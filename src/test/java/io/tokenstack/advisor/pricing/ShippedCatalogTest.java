package io.tokenstack.advisor.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShippedCatalogTest {

    private static final Path SHIPPED = Path.of("pricing", "catalog.yaml");

    /** The article's "Multi-Model Cost Comparison" rows, plus Opus fast mode from its text. */
    private static final Map<String, String[]> ARTICLE = new LinkedHashMap<>();

    static {
        ARTICLE.put("claude-opus-4-8", new String[] {"5.00", "25.00"});
        ARTICLE.put("claude-opus-4-8-fast", new String[] {"10.00", "50.00"});
        ARTICLE.put("claude-sonnet-4-6", new String[] {"3.00", "15.00"});
        ARTICLE.put("claude-haiku-4-5", new String[] {"1.00", "5.00"});
        ARTICLE.put("gpt-5.5", new String[] {"5.00", "30.00"});
        ARTICLE.put("gpt-5.5-pro", new String[] {"30.00", "180.00"});
        ARTICLE.put("gpt-4o", new String[] {"2.50", "10.00"});
        ARTICLE.put("o3", new String[] {"2.00", "8.00"});
        ARTICLE.put("o4-mini", new String[] {"0.55", "2.20"});
        ARTICLE.put("gemini-2.5-pro", new String[] {"1.25", "10.00"});
        ARTICLE.put("gemini-2.5-flash", new String[] {"0.30", "2.50"});
        ARTICLE.put("gemini-2.5-flash-lite", new String[] {"0.10", "0.40"});
        ARTICLE.put("mistral-large-3", new String[] {"0.50", "1.50"});
        ARTICLE.put("llama-4-maverick", new String[] {"0.15", "0.60"});
        ARTICLE.put("llama-4-scout", new String[] {"0.08", "0.30"});
        ARTICLE.put("deepseek-v3.2", new String[] {"0.14", "0.28"});
        ARTICLE.put("deepseek-r1", new String[] {"3.00", "7.00"});
    }

    private final CatalogLoader loader = new CatalogLoader();

    @Test
    void shipsTheArticlesModelsAtTheArticlesPricesInItsOrder() {
        PriceCatalog catalog = loader.load(SHIPPED).catalog();

        assertThat(catalog.models()).extracting(ModelPrice::id)
                .containsExactlyElementsOf(ARTICLE.keySet());
        ARTICLE.forEach((id, prices) -> {
            TokenRates base = catalog.find(id).orElseThrow().base();
            assertThat(base.input()).as(id + " input").isEqualTo(new BigDecimal(prices[0]));
            assertThat(base.output()).as(id + " output").isEqualTo(new BigDecimal(prices[1]));
            assertThat(base.source().key()).as(id + " source").isEqualTo("article");
        });
    }

    @Test
    void everyPriceNamesADatedSource() {
        for (ModelPrice model : loader.load(SHIPPED).catalog().models()) {
            assertDated(model.id(), model.base().source());
            if (model.cache() != null) {
                assertDated(model.id() + " cache", model.cache().source());
            }
            if (model.batch() != null) {
                assertDated(model.id() + " batch", model.batch().source());
            }
            model.longContext().forEach(t -> assertDated(model.id() + " tier", t.source()));
            model.alternatives().forEach(a -> assertDated(model.id() + " alt", a.source()));
        }
    }

    @Test
    void articleIsDatedTheDayItWasReadAndTheMapByItsSnapshot() {
        PriceCatalog catalog = loader.load(SHIPPED).catalog();

        PriceSource article = catalog.find("gpt-4o").orElseThrow().base().source();
        PriceSource map = catalog.find("gpt-4o").orElseThrow().cache().source();
        assertThat(article.asOf()).isEqualTo("2026-12-03");
        assertThat(article.dateKind()).isEqualTo("retrieved");
        assertThat(map.key()).isEqualTo("litellm-2026-07-24");
        assertThat(map.asOf()).isEqualTo("2026-07-24");
        assertThat(map.dateKind()).isEqualTo("snapshot");
    }

    @Test
    void providerRulesAndTheMapFillCacheBatchAndTiers() {
        PriceCatalog catalog = loader.load(SHIPPED).catalog();

        CacheRates opus = catalog.find("claude-opus-4-8").orElseThrow().cache();
        assertThat(List.of(opus.read(), opus.write5m(), opus.write1h()))
                .containsExactly(new BigDecimal("0.50"), new BigDecimal("6.25"),
                        new BigDecimal("10.00"));
        CacheRates gpt = catalog.find("gpt-5.5").orElseThrow().cache();
        assertThat(gpt.write5m()).as("OpenAI charges no cache write premium").isNull();
        assertThat(gpt.write1h()).isNull();

        ModelPrice gemini = catalog.find("gemini-2.5-pro").orElseThrow();
        assertThat(gemini.longContext()).singleElement().satisfies(t -> {
            assertThat(t.aboveTokens()).isEqualTo(200_000);
            assertThat(t.input()).isEqualByComparingTo("2.50");
            assertThat(t.output()).isEqualByComparingTo("15.00");
            assertThat(t.cacheRead()).isEqualByComparingTo("0.25");
        });
        assertThat(catalog.find("gpt-5.5-pro").orElseThrow().longContext().get(0).output())
                .isEqualByComparingTo("270");
        assertThat(catalog.find("gpt-4o").orElseThrow().batch().output())
                .isEqualByComparingTo("5.00");
        assertThat(catalog.find("mistral-large-3").orElseThrow().offersBatch()).isFalse();
        assertThat(catalog.find("deepseek-v3.2").orElseThrow().offersBatch()).isFalse();
    }

    @Test
    void marksReasoningModelsFastModeAndContextWindows() {
        PriceCatalog catalog = loader.load(SHIPPED).catalog();

        assertThat(catalog.models()).filteredOn(ModelPrice::isReasoning)
                .extracting(ModelPrice::id).containsExactly("o3", "o4-mini", "deepseek-r1");
        ReasoningInfo o3 = catalog.find("o3").orElseThrow().reasoning();
        assertThat(o3.multiplierMin()).isEqualByComparingTo("3");
        assertThat(o3.multiplierMax()).isEqualByComparingTo("6");
        assertThat(catalog.find("claude-opus-4-8-fast").orElseThrow().fastModeOf())
                .isEqualTo("claude-opus-4-8");
        assertThat(catalog.find("claude-opus-4-8-fast").orElseThrow().contextWindow()).isNull();
        assertThat(catalog.find("llama-4-scout").orElseThrow().contextWindow())
                .isEqualTo(327_680L);
    }

    @Test
    void keepsTheMapsDifferingPricesAsAlternatives() {
        PriceCatalog catalog = loader.load(SHIPPED).catalog();

        AlternativePrice o4mini = catalog.find("o4-mini").orElseThrow().alternatives().get(0);
        assertThat(o4mini.input()).isEqualByComparingTo("1.10");
        assertThat(o4mini.output()).isEqualByComparingTo("4.40");
        assertThat(o4mini.source().key()).isEqualTo("litellm-2026-07-24");
        assertThat(o4mini.note()).contains("flex");
        AlternativePrice deepseek =
                catalog.find("deepseek-v3.2").orElseThrow().alternatives().get(0);
        assertThat(deepseek.input()).isEqualByComparingTo("0.28");
        assertThat(deepseek.output()).isEqualByComparingTo("0.40");
        assertThat(deepseek.cacheRead()).isEqualByComparingTo("0.028");
        assertThat(catalog.find("deepseek-r1").orElseThrow().alternatives())
                .extracting(AlternativePrice::input)
                .containsExactly(new BigDecimal("0.55"));
    }

    @Test
    void declaresALiteLlmKeyForEveryModelTheMapLists() {
        CatalogLoad load = loader.load(SHIPPED);

        assertThat(load.litellmKeys()).hasSize(16).doesNotContainKey("claude-opus-4-8-fast");
        assertThat(load.litellmKeyOf("deepseek-v3.2")).isEqualTo("deepseek/deepseek-v3.2");
        assertThat(load.litellmKeyOf("claude-opus-4-8-fast")).isEqualTo("claude-opus-4-8-fast");
    }

    @Test
    void exposesTheBytesItWasReadFrom() throws IOException {
        CatalogLoad load = loader.load(SHIPPED);

        assertThat(load.sourceBytes()).isEqualTo(Files.readAllBytes(SHIPPED));
        assertThat(load.origin()).isEqualTo(SHIPPED.toString());
        assertThat(load.skipped()).isEmpty();
    }

    @Test
    void packagedCatalogIsTheRepositoryOne() throws IOException {
        CatalogLoad packaged = loader.loadPackaged(false);

        assertThat(packaged.origin()).isEqualTo("classpath:pricing/catalog.yaml");
        assertThat(packaged.sourceBytes()).isEqualTo(Files.readAllBytes(SHIPPED));
        assertThat(packaged.catalog().models()).hasSize(17);
    }

    @Test
    void defaultPrefersTheCatalogInTheGivenFolder(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("catalog.yaml"), CatalogFixtures.VALID);

        CatalogLoad load = loader.loadDefault(dir);

        assertThat(load.origin()).isEqualTo(dir.resolve("catalog.yaml").toString());
        assertThat(load.catalog().models()).extracting(ModelPrice::id)
                .containsExactly("alpha", "alpha-fast");
    }

    @Test
    void defaultFallsBackToThePackagedCatalog(@TempDir Path emptyDir) {
        CatalogLoad load = loader.loadDefault(emptyDir);

        assertThat(load.origin()).isEqualTo(CatalogLoader.PACKAGED_ORIGIN);
        assertThat(load.catalog().models()).hasSize(17);
    }

    @Test
    void defaultWithoutAFolderReadsPricingInTheWorkingDirectory() {
        assertThat(loader.loadDefault(null).origin()).isEqualTo(SHIPPED.toString());
    }

    private static void assertDated(String what, PriceSource source) {
        assertThat(source).as(what).isNotNull();
        assertThat(LocalDate.parse(source.asOf())).as(what).isNotNull();
        assertThat(source.dateKind()).as(what).isIn("published", "snapshot", "retrieved");
    }
}
