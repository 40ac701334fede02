package io.tokenstack.advisor.cost;

import static io.tokenstack.advisor.cost.ArticleTables.amount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tokenstack.advisor.fixtures.Shipped;
import io.tokenstack.advisor.pricing.ModelPrice;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.profile.InputTokens;
import io.tokenstack.advisor.profile.ModelShare;
import io.tokenstack.advisor.profile.Session;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.profile.TokenSource;
import io.tokenstack.advisor.tools.Effect;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden test: the article's session model ({@code profiles/article-baseline.yaml}), the
 * shipped catalog and the article's full stack (rtk -80% on shell output, headroom -50% on
 * what rtk left, caveman -65% on output, claimed evidence, no levers) through
 * {@link TeamCost}, against the article's printed tables.
 *
 * <p>A value passes when ours, rounded the way the article rounds (half up: it prints $0.965
 * as $0.97 and $0.445 as $0.45), equals the printed figure, or lies within 3% of it. The
 * article's compressed column uses a round 12,000 input tokens where its own ratios give
 * 11,800, so some rows pass on the 3% only; a test below checks that this is the reason for
 * each of them. A value that fails both is a slip of the
 * article and is listed in {@link #SLIPS} with the arithmetic; the list is checked against
 * what the computation finds, in both directions.
 */
class ArticleCostTablesTest {

    private static final BigDecimal TOLERANCE = new BigDecimal("0.03");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal ARTICLE_MONTH = BigDecimal.valueOf(110);

    /** Printed values that fail both checks, found by computing, with the reason. */
    private static final Map<String, String> SLIPS = Map.of(
            "llama-4-scout compressed session",
            "11,800 x $0.08/M + 5,250 x $0.30/M = $0.002519, and $0.002535 with the article's"
                    + " round 12,000 input: both print as $0.0025; the printed $0.0026 is 3.2%"
                    + " above ours",
            "llama-4-scout compressed monthly",
            "carries the session slip: 110 x $0.0026 = $0.286 (printed $0.29), ours"
                    + " 110 x $0.002519 = $0.27709, 3.1% under the article's figure");

    private static final TeamProfile BASELINE = Shipped.profile("article-baseline");
    private static final PriceCatalog PRICES = Shipped.prices();
    private static final List<Tool> FULL_STACK = List.of(Shipped.tool("rtk"),
            Shipped.tool("headroom"), Shipped.tool("caveman"));
    private static final List<Map<String, String>> TABLES =
            ArticleTables.read("/article/tables.csv");
    private static final List<Map<String, String>> SUMMARY =
            ArticleTables.read("/article/summary.csv");

    @Test
    void baselineProfileIsTheArticlesSessionModel() {
        Session session = BASELINE.session();

        assertThat(session.inputTokens().total()).isEqualTo(118_000L);
        assertThat(session.inputTokens().shellOutput()).isEqualTo(118_000L);
        assertThat(session.outputTokens()).isEqualTo(15_000L);
        assertThat(session.reasoningMultiplier()).isEqualByComparingTo("1");
        assertThat(BASELINE.team().sessionsPerDeveloperMonth()).isEqualByComparingTo("110");
        assertThat(BASELINE.team().developers()).isEqualTo(1);
        assertThat(BASELINE.claimedEvidence()).isTrue();
        assertThat(BASELINE.promptCaching()).isFalse();
        assertThat(BASELINE.batchableShare()).isEqualByComparingTo("0");
    }

    @Test
    void shippedToolsClaimTheArticlesRatios() {
        assertThat(claimed("rtk", "shellOutput")).isEqualByComparingTo("0.80");
        assertThat(claimed("headroom", "shellOutput")).isEqualByComparingTo("0.50");
        assertThat(claimed("caveman", "output")).isEqualByComparingTo("0.65");
    }

    @Test
    void fullStackLeaves11800InputAnd5250OutputTokens() {
        ModelPrice opus = PRICES.find("claude-opus-4-8").orElseThrow();

        TokenFlow flow = new CostModel().flow(BASELINE.session(), opus, FULL_STACK, true);

        // 118,000 x 0.20 = 23,600 after rtk; x 0.50 = 11,800 after headroom: -90%.
        assertThat(flow.totalInput()).isEqualByComparingTo("11800");
        assertThat(flow.input().get(TokenSource.SHELL_OUTPUT)).isEqualByComparingTo("11800");
        // 15,000 x 0.35 = 5,250: -65%.
        assertThat(flow.visibleOutput()).isEqualByComparingTo("5250");
        assertThat(flow.hiddenReasoning()).isEqualByComparingTo("0");
        // Only a model with long-context tiers looks at the largest prompt; there it shrinks
        // with the input: 90,000 x 11,800 / 118,000 = 9,000.
        ModelPrice tiered = PRICES.find("gpt-5.5").orElseThrow();
        assertThat(new CostModel().flow(BASELINE.session(), tiered, FULL_STACK, true)
                .largestPrompt()).isEqualByComparingTo("9000");
    }

    @TestFactory
    Stream<DynamicTest> sessionCostsMatchTheArticle() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, String> row : TABLES) {
            String id = row.get("id");
            tests.add(sessionTest(id, "raw", amount(row.get("sessionRaw")), raw(id)));
            tests.add(sessionTest(id, "compressed", amount(row.get("sessionCompressed")),
                    compressed(id)));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> monthlyCostsMatchTheArticlesSessionFiguresTimes110() {
        return monthlyChecks().stream().map(check -> {
            String slip = SLIPS.get(check.key());
            String name = check.key() + ": printed " + check.printed().toPlainString()
                    + (slip == null ? "" : " (slip of the article: " + slip + ")");
            return dynamicTest(name, () -> assertThat(check.passes())
                    .as(check.describe() + (slip == null ? ""
                            : "; listed as a slip but now matches: remove it from SLIPS"))
                    .isEqualTo(slip == null));
        });
    }

    /** The article's own arithmetic: each monthly figure is 110 x its rounded session cost. */
    @TestFactory
    Stream<DynamicTest> articlesMonthlyFiguresAreItsSessionFiguresTimes110() {
        return monthlyChecks().stream().map(check -> dynamicTest(check.key() + ": "
                + check.printed().toPlainString() + " = " + check.reference().toPlainString(),
                () -> assertThat(check.printed().subtract(check.reference()).abs())
                        .as(check.describe()).isLessThanOrEqualTo(check.halfUnit())));
    }

    @Test
    void articlesSavingsColumnIsRawMinusCompressed() {
        for (Map<String, String> row : TABLES) {
            assertThat(amount(row.get("monthlyRaw")).subtract(amount(row.get("monthlyCompressed"))))
                    .as(row.get("id")).isEqualByComparingTo(amount(row.get("monthlySavings")));
        }
    }

    @Test
    void ourMonthIsOurSessionTimesTheProfilesCalendar() {
        for (Map<String, String> row : TABLES) {
            TeamCost.Result result = cost(row.get("id"), FULL_STACK, Set.of());

            assertThat(result.perDeveloperMonthUsd()).as(row.get("id"))
                    .isEqualByComparingTo(result.perSessionUsd().multiply(ARTICLE_MONTH));
            assertThat(result.teamMonthUsd()).isEqualByComparingTo(result.perDeveloperMonthUsd());
        }
    }

    /**
     * Every compressed value that is off at the printed precision (but within 3%) is the
     * printed one when the input is the article's round 12,000 tokens instead of 11,800; the
     * one that is not is the listed slip.
     */
    @Test
    void roundTwelveThousandExplainsEveryRowOffAtPrintedPrecision() {
        Set<String> explained = new TreeSet<>();
        Set<String> unexplained = new TreeSet<>();
        for (Map<String, String> row : TABLES) {
            String id = row.get("id");
            BigDecimal printed = amount(row.get("sessionCompressed"));
            if (equalAtPrecision(compressed(id), printed)) {
                continue;
            }
            BigDecimal withTwelve = priceFlow(id, 12_000, 5_250);
            (equalAtPrecision(withTwelve, printed) ? explained : unexplained).add(id);
        }

        assertThat(explained).containsExactly("deepseek-r1", "deepseek-v3.2", "gemini-2.5-pro",
                "gpt-5.5-pro", "llama-4-maverick");
        assertThat(unexplained).containsExactly("llama-4-scout");
    }

    @Test
    void slipsFoundByComputingAreExactlyTheListedOnes() {
        Set<String> failing = new TreeSet<>();
        for (Map<String, String> row : TABLES) {
            String id = row.get("id");
            if (!passes(raw(id), amount(row.get("sessionRaw")))) {
                failing.add(id + " raw session");
            }
            if (!passes(compressed(id), amount(row.get("sessionCompressed")))) {
                failing.add(id + " compressed session");
            }
        }
        monthlyChecks().stream().filter(c -> !c.passes()).forEach(c -> failing.add(c.key()));

        assertThat(failing).containsExactlyInAnyOrderElementsOf(SLIPS.keySet());
    }

    /**
     * The summary's "% Saved": ours is the same for models with the same input to output
     * price ratio (80.28% for all three Claude models), the article's moves with its rounding
     * of each session cost (80, 81, 79).
     */
    @TestFactory
    Stream<DynamicTest> summaryPercentSavedMatchesTheArticle() {
        return SUMMARY.stream().map(row -> {
            String id = row.get("id");
            BigDecimal printed = amount(row.get("percentSaved"));
            BigDecimal ours = BigDecimal.ONE.subtract(compressed(id).divide(raw(id),
                    CostModel.MC)).movePointRight(2);
            return dynamicTest(id + " " + row.get("percentSaved"), () ->
                    assertThat(passes(ours, printed))
                            .as("ours %s%% against the article's %s%%", ours.toPlainString(),
                                    printed.toPlainString())
                            .isTrue());
        });
    }

    @Test
    void summaryTeamOfTenIsTenTimesTheSavedColumn() {
        for (Map<String, String> row : SUMMARY) {
            assertThat(amount(row.get("teamOf10"))).as(row.get("id"))
                    .isEqualByComparingTo(amount(row.get("saved")).multiply(BigDecimal.TEN));
        }
    }

    /** "Opus 4.8 Fast Mode doubles cost ($10/$50); compressed fast-mode session ≈ $0.38,
     * monthly ≈ $41.80." */
    @Test
    void opusFastModeDoublesTheCostAndMatchesTheArticle() {
        BigDecimal fast = compressed("claude-opus-4-8-fast");

        // 11,800 x $10/M + 5,250 x $50/M = 0.118 + 0.2625 = 0.3805
        assertThat(fast).isEqualByComparingTo("0.3805");
        assertThat(fast).isEqualByComparingTo(compressed("claude-opus-4-8").multiply(
                TWO));
        assertThat(raw("claude-opus-4-8-fast")).isEqualByComparingTo(raw("claude-opus-4-8")
                .multiply(TWO));
        assertThat(passes(fast, new BigDecimal("0.38"))).isTrue();
        // The article's month: 110 x its rounded $0.38 = $41.80; ours 110 x 0.3805 = 41.855.
        assertThat(fast.setScale(2, RoundingMode.HALF_UP).multiply(ARTICLE_MONTH))
                .isEqualByComparingTo("41.80");
        assertThat(cost("claude-opus-4-8-fast", FULL_STACK, Set.of()).perDeveloperMonthUsd())
                .isEqualByComparingTo("41.855");
    }

    /** "Batch API (50% discount): Opus 4.8 compressed drops to ~$0.095/session /
     * $10.45/month." */
    @Test
    void opusBatchMatchesTheArticle() {
        BigDecimal batch = batched("claude-opus-4-8");

        // 11,800 x $2.50/M + 5,250 x $12.50/M = 0.0295 + 0.065625 = 0.095125
        assertThat(batch).isEqualByComparingTo("0.095125");
        assertThat(batch.setScale(3, RoundingMode.HALF_UP)).isEqualByComparingTo("0.095");
        assertThat(new BigDecimal("0.095").multiply(ARTICLE_MONTH)).isEqualByComparingTo("10.45");
        assertThat(batch.multiply(ARTICLE_MONTH).subtract(new BigDecimal("10.45")).abs())
                .isLessThanOrEqualTo(new BigDecimal("10.45").multiply(TOLERANCE));
    }

    /** "Batch Processing Multiplier" table: compressed + batch, compressed standard, -50%. */
    @TestFactory
    Stream<DynamicTest> batchTableMatchesTheArticle() {
        Map<String, String[]> table = Map.of(
                "claude-opus-4-8", new String[] {"0.095", "0.191"},
                "claude-sonnet-4-6", new String[] {"0.057", "0.114"},
                "gpt-5.5", new String[] {"0.110", "0.218"},
                "gpt-4o", new String[] {"0.041", "0.083"});
        return table.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> dynamicTest(e.getKey(), () -> {
                    BigDecimal batch = batched(e.getKey());
                    BigDecimal standard = compressed(e.getKey());
                    assertThat(passes(batch, new BigDecimal(e.getValue()[0])))
                            .as("batch %s against %s", batch, e.getValue()[0]).isTrue();
                    assertThat(passes(standard, new BigDecimal(e.getValue()[1])))
                            .as("standard %s against %s", standard, e.getValue()[1]).isTrue();
                    assertThat(batch.divide(standard, CostModel.MC))
                            .isEqualByComparingTo("0.5");
                }));
    }

    /** "GPT-5.5 Batch/Flex: 50% discount -> compressed session ≈ $0.11/session." */
    @Test
    void gpt55BatchMatchesTheArticle() {
        // 11,800 x $2.50/M + 5,250 x $15/M = 0.0295 + 0.07875 = 0.10825
        assertThat(batched("gpt-5.5")).isEqualByComparingTo("0.10825");
        assertThat(equalAtPrecision(batched("gpt-5.5"), new BigDecimal("0.11"))).isTrue();
    }

    /**
     * "Combining compression + batch + prompt caching can reduce Claude Opus 4.8 per-session
     * cost from $0.965 to under $0.05": a slip of the article. The $0.965 is right, but the
     * batch-priced output alone, 5,250 x $12.50/M = $0.065625, is above $0.05, and no input
     * discount touches output. Ours, with 80% of input repeated as in the article's cache
     * section, is $0.095125: a batch does not see the cache (shared/domain/pricing.md).
     */
    @Test
    void opusUnderFiveCentsWithBatchAndCachingIsASlipOfTheArticle() {
        assertThat(raw("claude-opus-4-8")).isEqualByComparingTo("0.965");
        ModelPrice opus = PRICES.find("claude-opus-4-8").orElseThrow();
        BigDecimal outputFloor = CostModel.usd(new BigDecimal("5250"), opus.batch().output());
        assertThat(outputFloor).isEqualByComparingTo("0.065625").isGreaterThan(
                new BigDecimal("0.05"));

        Session cached = new Session(InputTokens.articleSession(), 15_000L, 90_000L,
                new BigDecimal("0.8"), 20, BigDecimal.ONE);
        SessionCost all = new CostModel().session(cached, opus, FULL_STACK, true, true,
                BigDecimal.ONE);

        assertThat(all.totalUsd()).isEqualByComparingTo("0.095125");
    }

    /**
     * "Cached input tokens: 90% discount (effectively $0.50/M for Sonnet 4.6, $0.30/M for
     * Haiku 4.5)": a slip of the article. 10% of $3.00 is $0.30 and of $1.00 is $0.10; $0.50
     * is Opus 4.8's cache read. The catalog keeps the provider's figures.
     */
    @Test
    void cacheReadPricesInTheArticlesCacheSectionAreASlip() {
        for (String id : List.of("claude-opus-4-8", "claude-sonnet-4-6", "claude-haiku-4-5")) {
            ModelPrice model = PRICES.find(id).orElseThrow();
            assertThat(model.cache().read()).as(id)
                    .isEqualByComparingTo(model.base().input().movePointLeft(1));
        }
        assertThat(PRICES.find("claude-sonnet-4-6").orElseThrow().cache().read())
                .isNotEqualByComparingTo("0.50");
        assertThat(PRICES.find("claude-haiku-4-5").orElseThrow().cache().read())
                .isNotEqualByComparingTo("0.30");
    }

    /** "DeepSeek V3.2 ... (~83% cost reduction with the full stack)"; its table says 85%. */
    @Test
    void deepSeekV32ReductionMatchesTheArticlesText() {
        BigDecimal ours = BigDecimal.ONE.subtract(compressed("deepseek-v3.2")
                .divide(raw("deepseek-v3.2"), CostModel.MC)).movePointRight(2);

        // 1 - 0.003122 / 0.02072 = 84.93%; within 3% of 83 and of 85.
        assertThat(passes(ours, new BigDecimal("83"))).isTrue();
        assertThat(passes(ours, new BigDecimal("85"))).isTrue();
    }

    private static DynamicTest sessionTest(String id, String column, BigDecimal printed,
            BigDecimal ours) {
        String key = id + " " + column + " session";
        String slip = SLIPS.get(key);
        String name = key + ": printed " + printed.toPlainString()
                + (slip == null ? "" : " (slip of the article: " + slip + ")");
        return dynamicTest(name, () -> assertThat(passes(ours, printed))
                .as("ours %s against the article's %s%s", ours.toPlainString(),
                        printed.toPlainString(), slip == null ? ""
                                : "; listed as a slip but now matches: remove it from SLIPS")
                .isEqualTo(slip == null));
    }

    /**
     * A monthly value of the article is 110 x its rounded session figure; ours passes when our
     * session, rounded as the article prints it, times 110 is within half a unit of the
     * printed monthly figure's last digit of that, or our exact month is within 3% of it.
     */
    private record MonthlyCheck(String key, BigDecimal printed, BigDecimal reference,
            BigDecimal oursExact, BigDecimal oursArticleWay) {

        BigDecimal halfUnit() {
            return BigDecimal.ONE.movePointLeft(printed.scale()).divide(TWO);
        }

        boolean passes() {
            return oursArticleWay.subtract(reference).abs().compareTo(halfUnit()) <= 0
                    || oursExact.subtract(reference).abs()
                            .compareTo(reference.abs().multiply(TOLERANCE)) <= 0;
        }

        String describe() {
            return "printed " + printed.toPlainString() + ", 110 x the article's session = "
                    + reference.toPlainString() + ", ours exact " + oursExact.toPlainString()
                    + ", ours rounded as the article rounds x 110 = "
                    + oursArticleWay.toPlainString();
        }
    }

    private static List<MonthlyCheck> monthlyChecks() {
        List<MonthlyCheck> checks = new ArrayList<>();
        for (Map<String, String> row : TABLES) {
            String id = row.get("id");
            BigDecimal sessionRaw = amount(row.get("sessionRaw"));
            BigDecimal sessionCompressed = amount(row.get("sessionCompressed"));
            BigDecimal rawMonth = cost(id, List.of(), Set.of()).perDeveloperMonthUsd();
            BigDecimal compressedMonth = cost(id, FULL_STACK, Set.of()).perDeveloperMonthUsd();
            BigDecimal rawRounded = raw(id).setScale(sessionRaw.scale(), RoundingMode.HALF_UP);
            BigDecimal compressedRounded = compressed(id).setScale(sessionCompressed.scale(),
                    RoundingMode.HALF_UP);
            checks.add(new MonthlyCheck(id + " raw monthly", amount(row.get("monthlyRaw")),
                    sessionRaw.multiply(ARTICLE_MONTH), rawMonth,
                    rawRounded.multiply(ARTICLE_MONTH)));
            checks.add(new MonthlyCheck(id + " compressed monthly",
                    amount(row.get("monthlyCompressed")),
                    sessionCompressed.multiply(ARTICLE_MONTH), compressedMonth,
                    compressedRounded.multiply(ARTICLE_MONTH)));
            checks.add(new MonthlyCheck(id + " savings monthly",
                    amount(row.get("monthlySavings")),
                    sessionRaw.subtract(sessionCompressed).multiply(ARTICLE_MONTH),
                    rawMonth.subtract(compressedMonth),
                    rawRounded.subtract(compressedRounded).multiply(ARTICLE_MONTH)));
        }
        return checks;
    }

    private static boolean passes(BigDecimal ours, BigDecimal printed) {
        return equalAtPrecision(ours, printed) || ours.subtract(printed).abs()
                .compareTo(printed.abs().multiply(TOLERANCE)) <= 0;
    }

    private static boolean equalAtPrecision(BigDecimal ours, BigDecimal printed) {
        return ours.setScale(printed.scale(), RoundingMode.HALF_UP).compareTo(printed) == 0;
    }

    private static BigDecimal raw(String id) {
        return cost(id, List.of(), Set.of()).perSessionUsd();
    }

    private static BigDecimal compressed(String id) {
        return cost(id, FULL_STACK, Set.of()).perSessionUsd();
    }

    /** The whole session through the batch API (batchable share 1). */
    private static BigDecimal batched(String id) {
        return new TeamCost().price(onModel(id).withBatchableShare(BigDecimal.ONE), PRICES,
                FULL_STACK, Set.of(Lever.BATCH_API), true).perSessionUsd();
    }

    private static TeamCost.Result cost(String id, List<Tool> tools, Set<Lever> levers) {
        return new TeamCost().price(onModel(id), PRICES, tools, levers,
                BASELINE.claimedEvidence());
    }

    private static TeamProfile onModel(String id) {
        return BASELINE.withModels(List.of(new ModelShare(id, BigDecimal.ONE)));
    }

    /** A session already compressed to these token counts, priced on the model. */
    private static BigDecimal priceFlow(String id, long input, long output) {
        ModelPrice model = PRICES.find(id).orElseThrow();
        TokenFlow flow = new TokenFlow(Map.of(TokenSource.SHELL_OUTPUT, BigDecimal.valueOf(input)),
                BigDecimal.valueOf(output), BigDecimal.ZERO, BigDecimal.ONE,
                BigDecimal.valueOf(input));
        return new CostModel().price(model, flow, false, BigDecimal.ZERO).totalUsd();
    }

    private static BigDecimal claimed(String tool, String source) {
        return Shipped.tool(tool).claimed().effects().stream()
                .filter(e -> source.equals(e.on())).map(Effect::ratio).findFirst()
                .orElseThrow();
    }
}
