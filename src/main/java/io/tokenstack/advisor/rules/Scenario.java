package io.tokenstack.advisor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.tokenstack.advisor.knowledge.YamlLocator;
import io.tokenstack.advisor.profile.TeamProfile;

/**
 * A rule scenario read from {@code rules/tests/}: a profile, and what the advice for it must
 * say.
 *
 * @param file path relative to the rules folder, e.g. {@code tests/breakeven-horizon.yaml}
 * @param name the file's base name
 * @param profileOrigin where the profile came from, for messages
 * @param expect the {@code expect:} block, checked by {@link ScenarioCheck}
 * @param lines where each field of the file is, so a failed expectation names its line
 */
public record Scenario(String file, String name, String description, TeamProfile profile,
        String profileOrigin, JsonNode expect, YamlLocator lines) {
}
