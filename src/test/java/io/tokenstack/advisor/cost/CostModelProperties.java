package io.tokenstack.advisor.cost;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.pricing.ModelPrice;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.profile.InputTokens;
import io.tokenstack.advisor.profile.ModelShare;
import io.tokenstack.advisor.profile.Session;
import io.tokenstack.advisor.profile.Team;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.tools.Effect;
import io.tokenstack.advisor.tools.Evidence;
import io.tokenstack.advisor.tools.Setup;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Properties the money arithmetic must keep for any session, model, stack and lever: the
 * shipped catalog and tools are the universe, sessions are drawn at random.
 */
class CostModelProperties {

    private static PriceCatalog prices;
    private static List<Tool> tools;
    private final CostModel cost = new CostModel();

    @BeforeContainer
    static void loadShippedFacts() {
        KnowledgeLoader loader = new KnowledgeLoader();
        Knowledge knowledge = loader.build(loader.read(Path.of("rules"),
                Path.of("pricing/catalog.yaml")));
        prices = knowledge.prices();
        tools = List.copyOf(knowledge.tools().all());
    }

    @Provide
    Arbitrary<Session> sessions() {
        Arbitrary<Long> tokens = Arbitraries.longs().between(0, 2_000_000);
        Arbitrary<InputTokens> input = Combinators.combine(tokens, tokens, tokens, tokens,
                tokens, tokens).as(InputTokens::new);
        Arbitrary<BigDecimal> share = Arbitraries.bigDecimals().between(BigDecimal.ZERO,
                BigDecimal.ONE).ofScale(3);
        Arbitrary<BigDecimal> multiplier = Arbitraries.bigDecimals()
                .between(BigDecimal.ONE, BigDecimal.valueOf(6)).ofScale(2);
        return Combinators.combine(input, tokens, Arbitraries.doubles().between(0, 1), share,
                Arbitraries.integers().between(1, 200), multiplier)
                .as((in, out, largestShare, repeated, turns, reasoning) -> new Session(in, out,
                        (long) (in.total() * largestShare), repeated, turns, reasoning));
    }

    @Provide
    Arbitrary<ModelPrice> models() {
        return Arbitraries.of(List.copyOf(prices.models()));
    }

    @Provide
    Arbitrary<List<Tool>> stacks() {
        return Arbitraries.of(tools).set().ofMaxSize(tools.size()).map(ArrayList::new);
    }

    @Provide
    Arbitrary<Set<Lever>> levers() {
        return Arbitraries.of(Lever.class).set().map(s -> s.isEmpty()
                ? EnumSet.noneOf(Lever.class) : EnumSet.copyOf(s));
    }

    @Property(tries = 300)
    void costIsNeverNegative(@ForAll("sessions") Session session,
            @ForAll("models") ModelPrice model, @ForAll("stacks") List<Tool> stack,
            @ForAll boolean claimed, @ForAll boolean caching,
            @ForAll("shares") BigDecimal batchShare) {
        SessionCost result = cost.session(session, model, stack, claimed, caching, batchShare);

        assertThat(result.totalUsd()).isGreaterThanOrEqualTo(BigDecimal.ZERO);
        assertThat(result.flow().input().values()).allSatisfy(
                tokens -> assertThat(tokens).isGreaterThanOrEqualTo(BigDecimal.ZERO));
    }

    @Provide
    Arbitrary<BigDecimal> shares() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(2);
    }

    /**
     * Adding tokens to one source never lowers the cost on a model without long-context tiers.
     * On a tiered model the largest prompt is estimated from the session's mix of sources,
     * so adding well-compressed tokens elsewhere can shrink that estimate; there the property
     * is stated for a session that grows as a whole, below.
     */
    @Property(tries = 300)
    void moreTokensInOneSourceNeverCostLess(@ForAll("sessions") Session session,
            @ForAll("untieredModels") ModelPrice model, @ForAll("stacks") List<Tool> stack,
            @ForAll boolean claimed, @ForAll boolean caching,
            @ForAll @IntRange(min = 0, max = 5) int source,
            @ForAll @IntRange(min = 1, max = 500_000) int extra) {
        Session bigger = withMoreInput(session, source, extra);

        BigDecimal before = cost.session(session, model, stack, claimed, caching,
                BigDecimal.ZERO).totalUsd();
        BigDecimal after = cost.session(bigger, model, stack, claimed, caching,
                BigDecimal.ZERO).totalUsd();

        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property(tries = 300)
    void aLargerSessionNeverCostsLess(@ForAll("sessions") Session session,
            @ForAll("models") ModelPrice model, @ForAll("stacks") List<Tool> stack,
            @ForAll boolean claimed, @ForAll boolean caching,
            @ForAll @IntRange(min = 2, max = 5) int factor) {
        InputTokens in = session.inputTokens();
        Session bigger = new Session(new InputTokens(in.shellOutput() * factor,
                in.fileReads() * factor, in.searchResults() * factor, in.logsAndRag() * factor,
                in.contextFiles() * factor, in.conversation() * factor),
                session.outputTokens() * factor, session.largestPromptTokens() * factor,
                session.repeatedInputShare(), session.turnsPerSession(),
                session.reasoningMultiplier());

        assertThat(cost.session(bigger, model, stack, claimed, caching, BigDecimal.ZERO)
                .totalUsd()).isGreaterThanOrEqualTo(cost.session(session, model, stack, claimed,
                        caching, BigDecimal.ZERO).totalUsd());
    }

    @Provide
    Arbitrary<ModelPrice> untieredModels() {
        return Arbitraries.of(prices.models().stream().filter(m -> m.longContext().isEmpty())
                .toList());
    }

    @Property(tries = 200)
    void moreOutputNeverCostsLess(@ForAll("sessions") Session session,
            @ForAll("models") ModelPrice model, @ForAll("stacks") List<Tool> stack,
            @ForAll boolean claimed, @ForAll @IntRange(min = 1, max = 500_000) int extra) {
        Session bigger = new Session(session.inputTokens(), session.outputTokens() + extra,
                session.largestPromptTokens(), session.repeatedInputShare(),
                session.turnsPerSession(), session.reasoningMultiplier());

        assertThat(cost.session(bigger, model, stack, claimed, true, BigDecimal.ZERO).totalUsd())
                .isGreaterThanOrEqualTo(cost.session(session, model, stack, claimed, true,
                        BigDecimal.ZERO).totalUsd());
    }

    @Property(tries = 200)
    void aToolWithZeroReductionChangesNothing(@ForAll("sessions") Session session,
            @ForAll("models") ModelPrice model, @ForAll("stacks") List<Tool> stack,
            @ForAll boolean claimed, @ForAll boolean caching) {
        List<Tool> withInert = new ArrayList<>(stack);
        withInert.add(inertTool());

        assertThat(cost.session(session, model, withInert, claimed, caching, BigDecimal.ZERO)
                .totalUsd()).isEqualByComparingTo(cost.session(session, model, stack, claimed,
                        caching, BigDecimal.ZERO).totalUsd());
    }

    @Property(tries = 200)
    void stackingOrderDoesNotChangeTheCost(@ForAll("sessions") Session session,
            @ForAll("models") ModelPrice model, @ForAll("stacks") List<Tool> stack,
            @ForAll boolean claimed, @ForAll boolean caching, @ForAll long seed) {
        List<Tool> shuffled = new ArrayList<>(stack);
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(cost.session(session, model, shuffled, claimed, caching, BigDecimal.ZERO)
                .totalUsd()).isEqualByComparingTo(cost.session(session, model, stack, claimed,
                        caching, BigDecimal.ZERO).totalUsd());
    }

    @Property(tries = 200)
    void monthlyIsPerSessionTimesSessions(@ForAll("sessions") Session session,
            @ForAll("models") ModelPrice model, @ForAll("stacks") List<Tool> stack,
            @ForAll("levers") Set<Lever> levers, @ForAll boolean claimed,
            @ForAll @IntRange(min = 1, max = 500) int developers,
            @ForAll @IntRange(min = 1, max = 20) int sessionsPerDay,
            @ForAll @IntRange(min = 1, max = 31) int workingDays) {
        TeamProfile profile = new TeamProfile("p", new Team(developers,
                BigDecimal.valueOf(sessionsPerDay), BigDecimal.valueOf(workingDays),
                BigDecimal.TEN), session, List.of(new ModelShare(model.id(), BigDecimal.ONE)),
                "claude-code", new BigDecimal("0.5"), false, null, "measured", 12, false);

        TeamCost.Result result = new TeamCost().price(profile, prices, stack, levers, claimed);

        BigDecimal sessions = BigDecimal.valueOf((long) developers * sessionsPerDay
                * workingDays);
        assertThat(result.teamMonthUsd())
                .isEqualByComparingTo(result.perSessionUsd().multiply(sessions));
    }

    private static Session withMoreInput(Session s, int source, int extra) {
        InputTokens in = s.inputTokens();
        long[] counts = {in.shellOutput(), in.fileReads(), in.searchResults(), in.logsAndRag(),
            in.contextFiles(), in.conversation()};
        counts[source] += extra;
        return new Session(new InputTokens(counts[0], counts[1], counts[2], counts[3],
                counts[4], counts[5]), s.outputTokens(), s.largestPromptTokens(),
                s.repeatedInputShare(), s.turnsPerSession(), s.reasoningMultiplier());
    }

    private static Tool inertTool() {
        Evidence none = new Evidence(List.of(new Effect("shellOutput", BigDecimal.ZERO, null,
                null, "test")), "test", null);
        return new Tool("inert", "inert", "test/inert", "hook", Map.of("claude-code", "hook"),
                none, none, null, null, new Setup(BigDecimal.ZERO, null, null, null, null,
                        "test"), null, "MIT", false, List.of(), false, false, "does nothing");
    }
}
