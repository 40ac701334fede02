package io.tokenstack.advisor.profile;

import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Changes a person asks for on top of a profile ("50 developers", "on Haiku", "half the
 * sessions batchable"), as typed on a command line. A null field leaves the profile's value.
 * The changed profile still goes through {@link ProfileValidator}, which checks the ranges.
 *
 * @param models the whole model mix, replacing the profile's
 */
public record ProfileChanges(
        List<ModelShare> models,
        Integer developers,
        BigDecimal sessionsPerDeveloperDay,
        BigDecimal hourlyCostUsd,
        String agent,
        BigDecimal batchableShare,
        Boolean promptCaching,
        Policy policy,
        String evidence,
        Integer horizonMonths) {

    /** Policy words a command line accepts, each switching one permission off. */
    public static final Map<String, String> POLICY_WORDS = policyWords();

    public static ProfileChanges none() {
        return new ProfileChanges(null, null, null, null, null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(none());
    }

    public TeamProfile applyTo(TeamProfile p) {
        Team t = p.team();
        Team team = new Team(developers != null ? developers : t.developers(),
                sessionsPerDeveloperDay != null ? sessionsPerDeveloperDay
                        : t.sessionsPerDeveloperDay(),
                t.workingDaysPerMonth(),
                hourlyCostUsd != null ? hourlyCostUsd : t.hourlyCostUsd());
        return new TeamProfile(p.name(), team, p.session(),
                models != null ? models : p.models(),
                agent != null ? agent : p.agent(),
                batchableShare != null ? batchableShare : p.batchableShare(),
                promptCaching != null ? promptCaching : p.promptCaching(),
                policy != null ? policy : p.policy(),
                evidence != null ? evidence : p.evidence(),
                horizonMonths != null ? horizonMonths : p.horizonMonths(),
                p.servesOwnGemma());
    }

    /** What changes, in words, for the heading of a what-if answer. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (models != null && models.size() == 1) {
            lines.add("model: " + models.get(0).id());
        } else if (models != null) {
            lines.add("models: " + String.join(", ", models.stream()
                    .map(m -> m.id() + " " + m.share().stripTrailingZeros().toPlainString())
                    .toList()));
        }
        add(lines, "developers", developers);
        add(lines, "sessions per developer a day", sessionsPerDeveloperDay);
        add(lines, "hourly cost USD", hourlyCostUsd);
        add(lines, "agent", agent);
        add(lines, "batchable share", batchableShare);
        add(lines, "prompt caching", promptCaching);
        if (policy != null) {
            lines.add("policy: " + describe(policy));
        }
        add(lines, "evidence", evidence);
        add(lines, "horizon months", horizonMonths);
        return lines;
    }

    /** A policy in the words {@link #parsePolicy} reads. */
    public static String describe(Policy policy) {
        List<String> words = new ArrayList<>();
        if (!policy.localProxyAllowed()) {
            words.add("no-proxy");
        }
        if (!policy.defaultOnTelemetryAllowed()) {
            words.add("no-telemetry");
        }
        if (!policy.contentToThirdPartyAllowed()) {
            words.add("no-third-party");
        }
        if (!policy.sourceAvailableLicensesAllowed()) {
            words.add("open-source-only");
        }
        return words.isEmpty() ? "open" : String.join(",", words);
    }

    private static void add(List<String> lines, String label, Object value) {
        if (value != null) {
            String shown = value instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                    : value.toString();
            lines.add(label + ": " + shown);
        }
    }

    /**
     * Reads a model mix: {@code claude-opus-4-8} (the whole team on one model) or
     * {@code claude-opus-4-8:0.7,claude-sonnet-4-6:0.3}. Ids are checked later against the
     * catalog; here only the form.
     */
    public static List<ModelShare> parseModels(String origin, String text) {
        String[] parts = text.split(",");
        List<ModelShare> shares = new ArrayList<>();
        for (String raw : parts) {
            String part = raw.trim();
            int colon = part.lastIndexOf(':');
            String id = colon < 0 ? part : part.substring(0, colon).trim();
            if (id.isEmpty()) {
                throw modelsProblem(origin, text);
            }
            BigDecimal share;
            if (colon < 0) {
                if (parts.length > 1) {
                    throw modelsProblem(origin, text);
                }
                share = BigDecimal.ONE;
            } else {
                try {
                    share = new BigDecimal(part.substring(colon + 1).trim());
                } catch (NumberFormatException e) {
                    throw modelsProblem(origin, text);
                }
            }
            shares.add(new ModelShare(id, share));
        }
        return shares;
    }

    private static InvalidInputException modelsProblem(String origin, String text) {
        return new InvalidInputException(new InputProblem(origin, null, "'" + text
                + "' is not a model mix; give one model id, or id:share pairs separated by"
                + " commas, e.g. claude-opus-4-8:0.7,claude-sonnet-4-6:0.3"));
    }

    /**
     * Reads a policy: {@code open} (everything allowed), {@code strict} (nothing), or a comma
     * list of {@link #POLICY_WORDS}, each forbidding one thing.
     */
    public static Policy parsePolicy(String origin, String text) {
        String value = text.trim();
        if (value.equals("open")) {
            return new Policy(true, true, true, true);
        }
        if (value.equals("strict")) {
            return new Policy(false, false, false, false);
        }
        boolean proxy = true;
        boolean telemetry = true;
        boolean thirdParty = true;
        boolean sourceAvailable = true;
        for (String raw : value.split(",")) {
            String word = raw.trim();
            switch (word) {
                case "no-proxy" -> proxy = false;
                case "no-telemetry" -> telemetry = false;
                case "no-third-party" -> thirdParty = false;
                case "open-source-only" -> sourceAvailable = false;
                default -> throw new InvalidInputException(new InputProblem(origin, null, "'"
                        + word + "' is not a policy; allowed: open, strict, or a comma list of "
                        + String.join(", ", POLICY_WORDS.keySet())));
            }
        }
        return new Policy(proxy, telemetry, thirdParty, sourceAvailable);
    }

    private static Map<String, String> policyWords() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("no-proxy", "no local proxy in front of the provider");
        words.put("no-telemetry", "no tool with default-on telemetry");
        words.put("no-third-party", "no repository content sent to another API");
        words.put("open-source-only", "no source-available licences");
        return Collections.unmodifiableMap(words);
    }
}
