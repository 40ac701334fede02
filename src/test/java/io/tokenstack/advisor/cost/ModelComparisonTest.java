package io.tokenstack.advisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.ArticleTables;
import io.tokenstack.advisor.pricing.CatalogLoader;
import io.tokenstack.advisor.pricing.ModelPrice;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.tools.Tool;
import io.tokenstack.advisor.tools.ToolCatalog;
import io.tokenstack.advisor.tools.ToolCatalogReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModelComparisonTest {

    private static PriceCatalog prices;
    private static ToolCatalog tools;
    private static TeamProfile baseline;
    private static List<Tool> fullStack;

    private final ModelComparison comparison = new ModelComparison();

    @BeforeAll
    static void load() throws IOException {
        prices = new CatalogLoader().load(Path.of("pricing", "catalog.yaml")).catalog();
        tools = new ToolCatalogReader().read("tools.yaml",
                Files.readString(Path.of("rules", "tools.yaml")));
        baseline = new ProfileReader().readFile(Path.of("profiles", "article-baseline.yaml"));
        fullStack = tools.require("test", List.of("rtk", "headroom", "caveman"));
    }

    private Map<String, ModelComparison.Row> compare(TeamProfile profile, List<Tool> stack,
            Set<Lever> levers) {
        return comparison.compare(profile, prices, prices.models(), stack, levers, true)
                .stream().collect(Collectors.toMap(r -> r.model().id(), Function.identity()));
    }

    @Test
    void articleBaselineGivesTheArticlesPerSessionCostsRawAndWithTheFullStack() {
        Map<String, ModelComparison.Row> rows = compare(baseline, fullStack, Set.of());

        List<ArticleTables.Row> article = ArticleTables.perSession();
        assertThat(article).hasSize(16);
        for (ArticleTables.Row printed : article) {
            ModelComparison.Row row = rows.get(printed.model());
            assertThat(ArticleTables.matches(row.rawPerSessionUsd(), printed.rawPerSession()))
                    .as("%s raw: computed %s, printed %s", printed.model(),
                            row.rawPerSessionUsd(), printed.rawPerSession()).isTrue();
            BigDecimal expected = printed.corrected() != null ? printed.corrected()
                    : printed.compressedPerSession();
            assertThat(ArticleTables.matches(row.perSessionUsd(), expected))
                    .as("%s compressed: computed %s, article %s", printed.model(),
                            row.perSessionUsd(), expected).isTrue();
            if (printed.savedPercent() != null) {
                assertThat(ArticleTables.matches(row.savedPercent(), printed.savedPercent()))
                        .as("%s saved: computed %s%%, printed %s%%", printed.model(),
                                row.savedPercent(), printed.savedPercent()).isTrue();
            }
        }
    }

    @Test
    void theCorrectedScoutFigureIsAMisprintNotAToleranceCase() {
        ModelComparison.Row scout = compare(baseline, fullStack, Set.of()).get("llama-4-scout");
        ArticleTables.Row printed = ArticleTables.perSession().stream()
                .filter(r -> r.model().equals("llama-4-scout")).findFirst().orElseThrow();

        // Were the printed figure within reach, the correction in the CSV would be unneeded.
        assertThat(ArticleTables.matches(scout.perSessionUsd(), printed.compressedPerSession()))
                .isFalse();
        assertThat(scout.perSessionUsd()).isEqualByComparingTo("0.002519");
    }

    @Test
    void monthlyFiguresAreTheSessionCostTimesTheSessionsOfTheMonth() {
        ModelComparison.Row opus = compare(baseline, fullStack, Set.of()).get("claude-opus-4-8");

        // 5 sessions a day for 22 days, one developer.
        assertThat(opus.perDeveloperMonthUsd())
                .isEqualByComparingTo(opus.perSessionUsd().multiply(BigDecimal.valueOf(110)));
        assertThat(opus.teamMonthUsd()).isEqualByComparingTo(opus.perDeveloperMonthUsd());
        assertThat(opus.savedTeamMonthUsd()).isEqualByComparingTo(
                opus.rawTeamMonthUsd().subtract(opus.teamMonthUsd()));
    }

    @Test
    void batchOnEverySessionHalvesTheCompressedCostAsTheArticlesBatchTableDoes() {
        TeamProfile batched = ModelComparison.withBatch(baseline);
        Map<String, ModelComparison.Row> rows = compare(batched, fullStack,
                EnumSet.of(Lever.BATCH_API));

        assertThat(batched.batchableShare()).isEqualByComparingTo("1");
        Map<String, String> article = Map.of("claude-opus-4-8", "0.095",
                "claude-sonnet-4-6", "0.057", "gpt-5.5", "0.110", "gpt-4o", "0.041");
        article.forEach((model, printed) -> assertThat(ArticleTables.matches(
                rows.get(model).perSessionUsd(), new BigDecimal(printed)))
                .as("%s batch: computed %s, printed %s", model, rows.get(model).perSessionUsd(),
                        printed).isTrue());
    }

    @Test
    void rawIgnoresTheProfilesOwnCachingWhileTheStackSideKeepsIt() {
        TeamProfile caching = baseline.withPromptCaching(true);
        ModelPrice opus = prices.find("claude-opus-4-8").orElseThrow();

        ModelComparison.Row row = comparison.compare(caching, prices, List.of(opus), List.of(),
                ModelComparison.leversInForce(caching, Set.of()), true).get(0);

        assertThat(row.rawPerSessionUsd()).isEqualByComparingTo("0.965");
        // No tool, but the profile caches: with no repeated input, every token is written to
        // the cache at the 5-minute write rate ($6.25/M), which costs more than raw.
        assertThat(row.perSessionUsd()).isEqualByComparingTo(
                new BigDecimal("0.7375").add(new BigDecimal("0.375")));
        assertThat(ModelComparison.leversInForce(caching, Set.of()))
                .containsExactly(Lever.PROMPT_CACHING);
    }

    @Test
    void noStackAndNoLeverSavesNothing() {
        ModelComparison.Row row = compare(baseline, List.of(), Set.of()).get("gpt-4o");

        assertThat(row.perSessionUsd()).isEqualByComparingTo(row.rawPerSessionUsd());
        assertThat(row.savedPercent()).isEqualByComparingTo("0");
    }
}
