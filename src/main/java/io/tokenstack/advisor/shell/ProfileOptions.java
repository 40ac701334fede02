package io.tokenstack.advisor.shell;

import io.tokenstack.advisor.profile.ProfileChanges;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The profile options {@code advise} and {@code whatif} share, read into profile changes.
 * Ranges are checked by the profile validator, so messages match those of profile files.
 */
final class ProfileOptions {

    private ProfileOptions() {
    }

    /**
     * @param caching text rather than a Boolean: Spring Shell gives an absent Boolean option
     *     the value false, which would switch caching off whenever the option is left out
     */
    static ProfileChanges changes(String model, Integer developers, BigDecimal sessionsPerDay,
            BigDecimal hourlyCost, String agent, BigDecimal batchable, String caching,
            String policy, String evidence, Integer horizon) {
        return new ProfileChanges(
                blank(model) ? null : ProfileChanges.parseModels("option --model", model),
                developers, sessionsPerDay, hourlyCost, blank(agent) ? null : agent.trim(),
                batchable, blank(caching) ? null : yesOrNo("option --caching", caching),
                blank(policy) ? null : ProfileChanges.parsePolicy("option --policy", policy),
                blank(evidence) ? null : evidence.trim(), horizon);
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean yesOrNo(String origin, String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new InvalidInputException(new InputProblem(origin, null,
                    "'" + text + "' is not true or false"));
        };
    }
}
