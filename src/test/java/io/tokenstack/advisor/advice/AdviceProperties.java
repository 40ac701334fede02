package io.tokenstack.advisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.profile.InputTokens;
import io.tokenstack.advisor.profile.ModelShare;
import io.tokenstack.advisor.profile.Policy;
import io.tokenstack.advisor.profile.ProfileValidator;
import io.tokenstack.advisor.profile.Session;
import io.tokenstack.advisor.profile.Team;
import io.tokenstack.advisor.profile.TeamProfile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Properties of the whole advice over random valid profiles and the shipped rules. */
class AdviceProperties {

    private static Knowledge knowledge;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Advisor advisor = new Advisor();

    @BeforeContainer
    static void loadShippedRules() {
        KnowledgeLoader loader = new KnowledgeLoader();
        knowledge = loader.build(loader.read(Path.of("rules"), Path.of("pricing/catalog.yaml")));
    }

    @Provide
    Arbitrary<TeamProfile> profiles() {
        Arbitrary<Long> tokens = Arbitraries.longs().between(0, 300_000);
        Arbitrary<InputTokens> input = Combinators.combine(tokens, tokens, tokens, tokens,
                tokens, tokens).as(InputTokens::new);
        Arbitrary<Session> session = Combinators.combine(input,
                Arbitraries.longs().between(1, 50_000), Arbitraries.doubles().between(0, 1),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2))
                .as((in, out, largest, repeated) -> new Session(in, out,
                        (long) (in.total() * largest), repeated, 20, BigDecimal.ONE));
        Arbitrary<Team> team = Combinators.combine(Arbitraries.integers().between(1, 200),
                Arbitraries.integers().between(1, 20), Arbitraries.integers().between(50, 200))
                .as((developers, sessions, hourly) -> new Team(developers,
                        BigDecimal.valueOf(sessions), BigDecimal.valueOf(22),
                        BigDecimal.valueOf(hourly)));
        Arbitrary<String> model = Arbitraries.of(knowledge.prices().models().stream()
                .map(m -> m.id()).toList());
        Arbitrary<Policy> policy = Combinators.combine(Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(Policy::new);
        return Combinators.combine(team, session, model, Arbitraries.of(TeamProfile.AGENTS),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(1),
                Arbitraries.of(true, false), policy, Arbitraries.of("measured", "claimed"))
                .as((t, s, m, agent, batchable, caching, p, evidence) -> new TeamProfile(
                        "random", t, s, List.of(new ModelShare(m, BigDecimal.ONE)), agent,
                        batchable, caching, p, evidence, 12, false));
    }

    @Property(tries = 60)
    void theSameProfileAlwaysGivesTheSameAdvice(@ForAll("profiles") TeamProfile profile)
            throws Exception {
        assertThat(new ProfileValidator().validate("random", profile, knowledge.prices()))
                .isEmpty();

        String first = JSON.writeValueAsString(advisor.advise(profile, knowledge));
        String second = JSON.writeValueAsString(advisor.advise(profile, knowledge));

        assertThat(second).isEqualTo(first);
    }

    @Property(tries = 60)
    void adviceNeverShowsANegativeCostOrAnExcludedTool(@ForAll("profiles") TeamProfile profile) {
        Advice advice = advisor.advise(profile, knowledge);

        assertThat(advice.baseline().monthlyCostUsd()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(advice.recommendations()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.monthlyCostUsd()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
            assertThat(r.stack()).doesNotContainAnyElementsOf(
                    advice.excluded().stream().map(Advice.Excluded::tool).toList());
        });
        assertThat(advice.recommendations().get(0).rank()).isEqualTo(1);
    }
}
