package io.tokenstack.advisor.tools;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tokenstack.advisor.profile.TokenSource;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import io.tokenstack.advisor.support.JsonPaths;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks {@code tools.yaml}; every problem names the file, the tool and the field. */
public final class ToolCatalogReader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private record ToolsFile(List<Tool> tools) {
    }

    public ToolCatalog read(String origin, String text) {
        ToolsFile file;
        try {
            file = YAML.readValue(text, ToolsFile.class);
        } catch (JsonMappingException e) {
            throw new InvalidInputException(new InputProblem(origin, JsonPaths.of(e),
                    JsonPaths.reason(e)));
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(origin, null,
                    "not valid YAML: " + JsonPaths.firstLine(e.getMessage())));
        }
        if (file == null || file.tools() == null || file.tools().isEmpty()) {
            throw new InvalidInputException(new InputProblem(origin, "tools",
                    "must list at least one tool"));
        }
        List<InputProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < file.tools().size(); i++) {
            check(origin, i, file.tools().get(i), ids, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new ToolCatalog(file.tools());
    }

    private void check(String origin, int index, Tool tool, Set<String> ids,
            List<InputProblem> problems) {
        String where = tool.id() == null ? "tools[" + index + "]" : "tools." + tool.id();
        if (tool.id() == null || !tool.id().matches("[a-z0-9][a-z0-9-]*")) {
            problems.add(new InputProblem(origin, where + ".id",
                    "required: lower-case letters, digits and dashes"));
        } else if (!ids.add(tool.id())) {
            problems.add(new InputProblem(origin, where + ".id", "duplicate tool id"));
        }
        if (tool.claimed() == null) {
            problems.add(new InputProblem(origin, where + ".claimed",
                    "required (use effects: [] when nothing was published)"));
        } else {
            checkEvidence(origin, where + ".claimed", tool.claimed(), problems);
        }
        if (tool.measured() != null) {
            checkEvidence(origin, where + ".measured", tool.measured(), problems);
        }
        if (tool.setup() == null) {
            problems.add(new InputProblem(origin, where + ".setup", "required"));
        } else {
            nonNegative(origin, where + ".setup.minutesPerDeveloper",
                    tool.setup().minutesPerDeveloper(), problems);
            nonNegative(origin, where + ".setup.minutesPerTeam",
                    tool.setup().minutesPerTeam(), problems);
            nonNegative(origin, where + ".setup.auditMinutesForTeams",
                    tool.setup().auditMinutesForTeams(), problems);
            if (tool.setup().measuredMinutesPerDeveloper() != null) {
                nonNegative(origin, where + ".setup.measuredMinutesPerDeveloper",
                        tool.setup().measuredMinutesPerDeveloper(), problems);
            }
            nonNegative(origin, where + ".setup.upkeepMinutesPerDeveloperMonth",
                    tool.setup().upkeepMinutesPerDeveloperMonth(), problems);
        }
        if (tool.addedInput() != null && (tool.addedInput().tokensPerTurn() < 0
                || TokenSource.ofKey(tool.addedInput().on()).filter(TokenSource::isInput)
                        .isEmpty())) {
            problems.add(new InputProblem(origin, where + ".addedInput",
                    "tokensPerTurn must be >= 0 and on an input source"));
        }
        if (tool.cacheEffect() != null) {
            positive(origin, where + ".cacheEffect.claimedMissMultiplier",
                    tool.cacheEffect().claimedMissMultiplier(), problems);
            positive(origin, where + ".cacheEffect.measuredMissMultiplier",
                    tool.cacheEffect().measuredMissMultiplier(), problems);
        }
    }

    private void checkEvidence(String origin, String where, Evidence evidence,
            List<InputProblem> problems) {
        if (evidence.source() == null || evidence.source().isBlank()) {
            problems.add(new InputProblem(origin, where + ".source",
                    "required: say where the figure comes from"));
        }
        for (int i = 0; i < evidence.effects().size(); i++) {
            Effect effect = evidence.effects().get(i);
            String at = where + ".effects[" + i + "]";
            if (effect.ratio() == null || effect.ratio().compareTo(BigDecimal.ONE) > 0
                    || effect.ratio().compareTo(BigDecimal.ONE.negate()) < 0) {
                problems.add(new InputProblem(origin, at + ".ratio",
                        "required, between -1 and 1 (a negative ratio adds tokens)"));
            }
            if (effect.sessionWide()) {
                if (effect.appliesTo().isEmpty() || !effect.appliesTo().stream()
                        .allMatch(s -> TokenSource.ofKey(s).filter(TokenSource::isInput)
                                .isPresent())) {
                    problems.add(new InputProblem(origin, at + ".appliesTo",
                            "a sessionInput effect lists the input sources it draws from: "
                                    + inputSourceKeys()));
                }
            } else if (!Effect.BASIS_SOURCE.equals(effect.basis())) {
                problems.add(new InputProblem(origin, at + ".basis",
                        "must be source or sessionInput"));
            } else if (TokenSource.ofKey(effect.on()).isEmpty()) {
                problems.add(new InputProblem(origin, at + ".on",
                        "unknown token source '" + effect.on() + "'; allowed: "
                                + inputSourceKeys() + ", output"));
            }
        }
    }

    private static String inputSourceKeys() {
        List<String> keys = new ArrayList<>();
        for (TokenSource s : TokenSource.values()) {
            if (s.isInput()) {
                keys.add(s.key());
            }
        }
        return String.join(", ", keys);
    }

    private static void nonNegative(String origin, String field, BigDecimal value,
            List<InputProblem> problems) {
        if (value == null || value.signum() < 0) {
            problems.add(new InputProblem(origin, field, "required, 0 or more"));
        }
    }

    private static void positive(String origin, String field, BigDecimal value,
            List<InputProblem> problems) {
        if (value == null || value.signum() <= 0) {
            problems.add(new InputProblem(origin, field, "required, greater than 0"));
        }
    }
}
