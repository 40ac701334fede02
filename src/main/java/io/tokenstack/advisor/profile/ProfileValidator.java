package io.tokenstack.advisor.profile;

import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks every field of a profile against its allowed range; reports all problems at once. */
public final class ProfileValidator {

    /** Shares are decimals a person types; 0.333 + 0.333 + 0.334 must pass. */
    static final BigDecimal SHARE_TOLERANCE = new BigDecimal("0.001");
    static final long MAX_TOKENS = 100_000_000L;
    /** Compiled once: a batch checks a name per profile. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,79}");

    public void requireValid(String origin, TeamProfile profile, PriceCatalog catalog) {
        List<InputProblem> problems = validate(origin, profile, catalog);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public List<InputProblem> validate(String origin, TeamProfile p, PriceCatalog catalog) {
        Checks c = new Checks(origin);
        if (p.name() == null || !NAME.matcher(p.name()).matches()) {
            c.fail("name", "required: 1-80 letters, digits, '.', '_', '-' or spaces");
        }
        Team t = p.team();
        c.range("team.developers", BigDecimal.valueOf(t.developers()), 1, 100_000);
        c.range("team.sessionsPerDeveloperDay", t.sessionsPerDeveloperDay(), 0, 1_000);
        c.range("team.workingDaysPerMonth", t.workingDaysPerMonth(), 1, 31);
        c.range("team.hourlyCostUsd", t.hourlyCostUsd(), 0, 10_000);

        Session s = p.session();
        for (Map.Entry<TokenSource, Long> e : s.inputTokens().bySource().entrySet()) {
            c.range("session.inputTokens." + e.getKey().key(), BigDecimal.valueOf(e.getValue()),
                    0, MAX_TOKENS);
        }
        c.range("session.outputTokens", BigDecimal.valueOf(s.outputTokens()), 0, MAX_TOKENS);
        long totalInput = s.inputTokens().total();
        if (totalInput + s.outputTokens() == 0) {
            c.fail("session.inputTokens", "a session needs some input or output tokens");
        }
        if (s.largestPromptTokens() < 0 || s.largestPromptTokens() > totalInput) {
            c.fail("session.largestPromptTokens", "must be between 0 and the session's input ("
                    + totalInput + "), since one request cannot hold more than all of them");
        }
        c.range("session.repeatedInputShare", s.repeatedInputShare(), 0, 1);
        c.range("session.turnsPerSession", BigDecimal.valueOf(s.turnsPerSession()), 1, 10_000);
        c.range("session.reasoningMultiplier", s.reasoningMultiplier(), 1, 100);

        checkModels(c, p.models(), catalog);
        if (!TeamProfile.AGENTS.contains(p.agent())) {
            c.fail("agent", "'" + p.agent() + "' is not known; allowed: "
                    + String.join(", ", TeamProfile.AGENTS));
        }
        c.range("batchableShare", p.batchableShare(), 0, 1);
        if (!TeamProfile.EVIDENCE_LEVELS.contains(p.evidence())) {
            c.fail("evidence", "'" + p.evidence() + "' is not known; allowed: measured, claimed");
        }
        c.range("horizonMonths", BigDecimal.valueOf(p.horizonMonths()), 1, 120);
        return c.problems;
    }

    private static void checkModels(Checks c, List<ModelShare> models, PriceCatalog catalog) {
        if (models.isEmpty()) {
            c.fail("models", "list at least one model with its share of sessions");
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < models.size(); i++) {
            ModelShare m = models.get(i);
            String at = "models[" + i + "]";
            if (m == null || m.id() == null) {
                c.fail(at + ".id", "required: a model id from the price catalog");
                continue;
            }
            if (!catalog.contains(m.id())) {
                String hint = catalog.closestId(m.id()).map(k -> "; did you mean '" + k + "'?")
                        .orElse("; see the models command for known ids");
                c.fail(at + ".id", "unknown model '" + m.id() + "'" + hint);
            } else if (!seen.add(m.id())) {
                c.fail(at + ".id", "model '" + m.id() + "' is listed twice");
            }
            if (m.share() == null || m.share().signum() <= 0
                    || m.share().compareTo(BigDecimal.ONE) > 0) {
                c.fail(at + ".share", "required, greater than 0 and at most 1");
            } else {
                sum = sum.add(m.share());
            }
        }
        if (sum.subtract(BigDecimal.ONE).abs().compareTo(SHARE_TOLERANCE) > 0
                && c.problems.stream().noneMatch(pr -> pr.field().endsWith(".share"))) {
            c.fail("models", "shares add up to " + sum.stripTrailingZeros().toPlainString()
                    + "; they must add up to 1");
        }
    }

    private static final class Checks {
        private final String origin;
        private final List<InputProblem> problems = new ArrayList<>();

        Checks(String origin) {
            this.origin = origin;
        }

        void fail(String field, String message) {
            problems.add(new InputProblem(origin, field, message));
        }

        void range(String field, BigDecimal value, long min, long max) {
            if (value == null) {
                fail(field, "required, between " + min + " and " + max);
            } else if (value.compareTo(BigDecimal.valueOf(min)) < 0
                    || value.compareTo(BigDecimal.valueOf(max)) > 0) {
                String shown = value.abs().compareTo(BigDecimal.valueOf(1e12)) > 0
                        ? "a value that large" : value.toPlainString();
                fail(field, shown + " is out of range; allowed: " + min + " to " + max);
            }
        }
    }
}
