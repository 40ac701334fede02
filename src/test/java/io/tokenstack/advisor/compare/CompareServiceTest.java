package io.tokenstack.advisor.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The article's multi-model table, from the shipped rules, prices and baseline profile. */
class CompareServiceTest {

    private static CompareService service;
    private static TeamProfile baseline;

    @BeforeAll
    static void knowledge() {
        service = new CompareService(new KnowledgeHolder(Path.of("rules"),
                Path.of("pricing", "catalog.yaml")));
        baseline = new ProfileReader().readFile(Path.of("profiles", "article-baseline.yaml"));
    }

    @Test
    void theArticleStackOnOpusReproducesTheArticleRow() {
        CompareRow opus = only(request(null, List.of("claude-opus-4-8")));

        assertThat(opus.stack()).containsExactly("rtk", "headroom", "caveman");
        assertThat(opus.levers()).isEmpty();
        // Raw: 118,000 in at $5/M and 15,000 out at $25/M; 110 sessions a month.
        assertThat(opus.rawPerSessionUsd()).isEqualByComparingTo("0.965");
        assertThat(opus.rawPerDeveloperMonthUsd()).isEqualByComparingTo("106.15");
        // rtk keeps 20% of shell output, headroom half of that, caveman 35% of the output:
        // 11,800 in and 5,250 out, the article's ~12,000 and ~5,250.
        assertThat(opus.perSessionUsd()).isEqualByComparingTo("0.19025");
        assertThat(opus.perDeveloperMonthUsd()).isEqualByComparingTo("20.93");
        assertThat(opus.teamMonthUsd()).isEqualByComparingTo("20.93");
        assertThat(opus.savedPerDeveloperMonthUsd()).isEqualByComparingTo("85.22");
        assertThat(opus.savedPercent()).isEqualByComparingTo("80.3");
    }

    @Test
    void withoutModelsEveryCatalogModelGetsARowInCatalogOrder() {
        List<CompareRow> rows = service.compare("test", request(null, null));

        assertThat(rows).hasSize(17);
        assertThat(rows.get(0).model()).isEqualTo("claude-opus-4-8");
        CompareRow sonnet = rows.stream().filter(r -> r.model().equals("claude-sonnet-4-6"))
                .findFirst().orElseThrow();
        assertThat(sonnet.rawPerSessionUsd()).isEqualByComparingTo("0.579");
        assertThat(sonnet.perSessionUsd()).isEqualByComparingTo("0.11415");
    }

    @Test
    void teamFiguresMultiplyByDevelopers() {
        TeamProfile ten = baseline.withTeam(new io.tokenstack.advisor.profile.Team(10, null,
                null, null));
        CompareRow opus = only(new CompareRequest(ten, List.of("rtk"),
                List.of("claude-opus-4-8"), false, false, null));

        // rtk alone: 23,600 in and 15,000 out = $0.493 a session.
        assertThat(opus.perSessionUsd()).isEqualByComparingTo("0.493");
        assertThat(opus.perDeveloperMonthUsd()).isEqualByComparingTo("54.23");
        assertThat(opus.teamMonthUsd()).isEqualByComparingTo("542.30");
        assertThat(opus.rawTeamMonthUsd()).isEqualByComparingTo("1061.50");
        assertThat(opus.savedTeamMonthUsd()).isEqualByComparingTo("519.20");
    }

    @Test
    void noneAndAnEmptyStackPriceNoToolsSoNothingIsSaved() {
        for (List<String> stack : List.of(List.of("none"), List.<String>of())) {
            CompareRow opus = only(request(stack, List.of("claude-opus-4-8")));

            assertThat(opus.stack()).isEmpty();
            assertThat(opus.perSessionUsd()).isEqualByComparingTo(opus.rawPerSessionUsd());
            assertThat(opus.savedPercent()).isEqualByComparingTo(BigDecimal.ZERO);
        }
    }

    @Test
    void batchCountsOnlyWhereTheModelHasABatchPrice() {
        TeamProfile batchable = baseline.withBatchableShare(BigDecimal.ONE);
        List<CompareRow> rows = service.compare("test", new CompareRequest(batchable,
                null, List.of("claude-opus-4-8", "claude-opus-4-8-fast"), true, false, null));

        // The article: "Opus 4.8 compressed drops to ~$0.095/session" at half price.
        assertThat(rows.get(0).levers()).containsExactly("batch-api");
        assertThat(rows.get(0).perSessionUsd()).isEqualByComparingTo("0.095125");
        assertThat(rows.get(1).levers()).isEmpty();
        // A profile with nothing batchable is priced as the article's batch table: every
        // session through the batch API.
        CompareRow allBatched = only(request(null, List.of("claude-opus-4-8"), true));
        assertThat(allBatched.levers()).containsExactly("batch-api");
        assertThat(allBatched.perSessionUsd()).isEqualByComparingTo("0.095125");
    }

    @Test
    void evidenceOptionOverridesTheProfiles() {
        CompareRow claimed = only(request(List.of("caveman"), List.of("claude-opus-4-8")));
        CompareRow measured = only(new CompareRequest(baseline, List.of("caveman"),
                List.of("claude-opus-4-8"), false, false, "measured"));

        assertThat(measured.perSessionUsd()).isGreaterThan(claimed.perSessionUsd());
    }

    @Test
    void everyBadIdIsNamedWithItsPlaceAndAHint() {
        CompareRequest bad = new CompareRequest(baseline, java.util.Arrays.asList("rtk",
                "headrom", null, "rtk"), List.of("o3", "gpt-55"), false, false, "vendor");

        assertThatThrownBy(() -> service.compare("body", bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.problems().stream().map(InputProblem::oneLine).toList())
                        .containsExactly(
                                "body: evidence: 'vendor' is not known; allowed: measured,"
                                        + " claimed",
                                "body: stack[1]: unknown tool 'headrom'; did you mean"
                                        + " 'headroom'?; allowed: rtk, caveman,"
                                        + " caveman-compress, headroom, lean-ctx,"
                                        + " caveman-proxy, cavegemma or none",
                                "body: stack[2]: required: a tool id; allowed: rtk, caveman,"
                                        + " caveman-compress, headroom, lean-ctx,"
                                        + " caveman-proxy, cavegemma or none",
                                "body: stack[3]: tool 'rtk' is listed twice",
                                "body: models[1]: unknown model 'gpt-55'; did you mean"
                                        + " 'gpt-5.5'?"));
    }

    @Test
    void profileProblemsCarryTheGivenPrefix() {
        TeamProfile broken = baseline.withTeam(new io.tokenstack.advisor.profile.Team(0, null,
                null, null));

        assertThatThrownBy(() -> service.compare("body", "profile",
                new CompareRequest(broken, null, List.of("o3"), false, false, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.problems().get(0).field()).isEqualTo("profile.team.developers"));
    }

    private static CompareRequest request(List<String> stack, List<String> models) {
        return request(stack, models, false);
    }

    private static CompareRequest request(List<String> stack, List<String> models,
            boolean batch) {
        return new CompareRequest(baseline, stack, models, batch, false, null);
    }

    private static CompareRow only(CompareRequest request) {
        List<CompareRow> rows = service.compare("test", request);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
