package io.tokenstack.advisor.cost;

import static io.tokenstack.advisor.fixtures.Models.model;
import static io.tokenstack.advisor.fixtures.Profiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.profile.TeamProfile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A team's month from its model mix and calendar. Sessions: 100,000 input and 10,000 output
 * tokens. Model "a" at $2.00 / $10.00 costs 0.30 a session, "b" at $1.00 / $5.00 costs 0.15.
 */
class TeamCostTest {

    private final PriceCatalog prices = new PriceCatalog(List.of(
            model("a").cache("0.20", null).batch("1.00", "5.00").build(),
            model("b").rates("1.00", "5.00").build()), "test");
    private final TeamCost teamCost = new TeamCost();

    @Test
    void blendsTheMixByShareAndScalesByCalendarAndTeam() {
        TeamProfile team = profile().developers(3).calendar(5, 20).model("a", "0.6")
                .model("b", "0.4").build();

        TeamCost.Result result = teamCost.price(team, prices, List.of(), Set.of(), true);

        // 0.6 x 0.30 + 0.4 x 0.15 = 0.24 a session; x 100 sessions = 24.00; x 3 = 72.00
        assertThat(result.perSessionUsd()).isEqualByComparingTo("0.24");
        assertThat(result.perDeveloperMonthUsd()).isEqualByComparingTo("24.00");
        assertThat(result.teamMonthUsd()).isEqualByComparingTo("72.00");
        assertThat(result.perModel()).extracting(m -> m.model().id()).containsExactly("a", "b");
    }

    @Test
    void batchableShareCountsOnlyWithTheBatchLever() {
        TeamProfile team = profile().model("a", "1").batchable("0.25").build();

        TeamCost.Result without = teamCost.price(team, prices, List.of(), Set.of(), true);
        TeamCost.Result with = teamCost.price(team, prices, List.of(), Set.of(Lever.BATCH_API),
                true);

        // 0.30 - 0.25 x (0.30 - 0.15) = 0.2625
        assertThat(without.perSessionUsd()).isEqualByComparingTo("0.30");
        assertThat(with.perSessionUsd()).isEqualByComparingTo("0.2625");
    }

    @Test
    void cachingComesFromTheProfileOrTheCachingLever() {
        TeamProfile off = profile().model("a", "1").repeated("0.5").build();
        TeamProfile on = profile().model("a", "1").repeated("0.5").caching(true).build();

        // cached: 50,000 x $2/M + 50,000 x $0.20/M + 0.10 = 0.21
        assertThat(teamCost.price(off, prices, List.of(), Set.of(), true).perSessionUsd())
                .isEqualByComparingTo("0.30");
        assertThat(teamCost.price(off, prices, List.of(), Set.of(Lever.PROMPT_CACHING), true)
                .perSessionUsd()).isEqualByComparingTo("0.21");
        assertThat(teamCost.price(on, prices, List.of(), Set.of(), true).perSessionUsd())
                .isEqualByComparingTo("0.21");
    }
}
