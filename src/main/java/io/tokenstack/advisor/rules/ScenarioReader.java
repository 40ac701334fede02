package io.tokenstack.advisor.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tokenstack.advisor.knowledge.RuleProblem;
import io.tokenstack.advisor.knowledge.YamlLocator;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import io.tokenstack.advisor.support.JsonPaths;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads a rule scenario and builds the profile it runs. The profile is a shipped profile by
 * name ({@code profile: article-baseline}), a file relative to the scenario
 * ({@code profile: ../../profiles/team.yaml}) or written inline; {@code change:} is merged
 * onto it field by field (lists are replaced whole). Every problem names the scenario's line.
 */
final class ScenarioReader {

    static final Set<String> FIELDS = Set.of("description", "profile", "change", "expect");
    /** Shipped profiles are read from the jar, so edits to ./profiles never move a test. */
    static final String SHIPPED_PROFILES = "profiles/";
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";

    /** Numbers keep the digits the author wrote, so a difference quotes them as written. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A scenario, or why it cannot run. */
    record Parsed(Scenario scenario, List<RuleProblem> problems) {
    }

    private final ProfileReader profiles = new ProfileReader();
    private final Path rulesFolder;

    /** @param rulesFolder the folder the scenario's relative paths start from; null = the jar */
    ScenarioReader(Path rulesFolder) {
        this.rulesFolder = rulesFolder;
    }

    Parsed read(String file, String text) {
        List<RuleProblem> problems = new ArrayList<>();
        YamlLocator lines = YamlLocator.of(text);
        JsonNode root;
        try {
            root = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            problems.add(new RuleProblem(file, lines.errorLine(), lines.errorColumn(),
                    "not valid YAML: " + JsonPaths.firstLine(e.getOriginalMessage())));
            return new Parsed(null, problems);
        }
        if (root == null || !root.isObject()) {
            problems.add(new RuleProblem(file, 1, 0,
                    "a scenario is a map with profile, change (optional) and expect"));
            return new Parsed(null, problems);
        }
        root.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field)) {
                problems.add(new RuleProblem(file, lines.lineOf(field), 0, "unknown field '"
                        + field + "'; allowed: description, profile, change, expect"));
            }
        });
        JsonNode expect = root.get("expect");
        if (expect == null || !expect.isObject() || expect.isEmpty()) {
            problems.add(new RuleProblem(file, lines.lineOf("expect"), 0,
                    "expect: required, a map of what the advice must say"));
        } else {
            ScenarioShape.check(expect, (path, message) -> problems.add(
                    new RuleProblem(file, lines.lineOf("expect." + path), 0,
                            "expect." + path + ": " + message)));
        }
        String name = baseName(file);
        Profile profile = profile(file, name, root, lines, problems);
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        String description = root.path("description").asText("");
        return new Parsed(new Scenario(file, name, description, profile.profile(),
                profile.origin(), expect, lines), problems);
    }

    private record Profile(TeamProfile profile, String origin) {
    }

    private Profile profile(String file, String name, JsonNode root, YamlLocator lines,
            List<RuleProblem> problems) {
        JsonNode reference = root.get("profile");
        int at = lines.lineOf("profile");
        ObjectNode tree;
        String origin;
        if (reference == null || reference.isNull()) {
            problems.add(new RuleProblem(file, at, 0, "profile: required: a shipped profile's"
                    + " name, a file relative to this one, or the profile itself"));
            return null;
        } else if (reference.isObject()) {
            tree = ((ObjectNode) reference).deepCopy();
            origin = file;
        } else if (reference.isTextual()) {
            origin = reference.asText();
            try {
                tree = load(file, reference.asText());
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(new RuleProblem(file, at, 0,
                        "profile: " + p.oneLine())));
                return null;
            }
        } else {
            problems.add(new RuleProblem(file, at, 0, "profile: a name, a path or a map"));
            return null;
        }
        JsonNode change = root.get("change");
        if (change != null && !change.isNull()) {
            if (!change.isObject()) {
                problems.add(new RuleProblem(file, lines.lineOf("change"), 0,
                        "change: a map of profile fields to override"));
                return null;
            }
            merge(tree, (ObjectNode) change);
        }
        if (!tree.hasNonNull("name")) {
            tree.put("name", name);
        }
        try {
            return new Profile(profiles.readJson(file, JSON.writeValueAsBytes(tree)), origin);
        } catch (InvalidInputException e) {
            for (InputProblem p : e.problems()) {
                problems.add(new RuleProblem(file, lineOfField(lines, p.field()), 0,
                        "profile" + (p.field() == null ? "" : "." + p.field()) + ": "
                                + p.message()));
            }
            return null;
        } catch (IOException e) {
            throw new IllegalStateException("a parsed tree always writes as JSON", e);
        }
    }

    /**
     * A profile field's line: where the change sets it, else where an inline profile does,
     * else the {@code profile:} line itself.
     */
    static int lineOfField(YamlLocator lines, String field) {
        if (field != null && lines.has("change." + field)) {
            return lines.lineOf("change." + field);
        }
        if (field != null && lines.has("profile." + field)) {
            return lines.lineOf("profile." + field);
        }
        return lines.lineOf("profile");
    }

    private ObjectNode load(String file, String reference) {
        String text;
        String origin;
        if (reference.matches(NAME) && !reference.matches(".*\\.(ya?ml|json)")) {
            origin = "shipped profile '" + reference + "'";
            text = classpath(SHIPPED_PROFILES + reference + ".yaml", origin);
        } else if (rulesFolder == null) {
            String resource = URI.create("rules/" + file).resolve(reference).normalize()
                    .getPath();
            origin = reference;
            text = classpath(resource, origin);
        } else {
            Path path = rulesFolder.resolve(file).getParent().resolve(reference).normalize();
            origin = path.toString();
            text = fromFile(path);
        }
        try {
            JsonNode tree = YAML.readTree(text);
            if (tree == null || !tree.isObject()) {
                throw new InvalidInputException(new InputProblem(origin, null,
                        "is not a profile (a YAML map)"));
            }
            return (ObjectNode) tree;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(new InputProblem(origin, null,
                    "not valid YAML" + JsonPaths.location(e) + ": "
                            + JsonPaths.firstLine(e.getOriginalMessage())));
        }
    }

    private static String classpath(String resource, String origin) {
        try (InputStream in = ScenarioReader.class.getClassLoader()
                .getResourceAsStream(resource)) {
            if (in == null) {
                throw new InvalidInputException(new InputProblem(origin, null,
                        "not found; shipped profiles: " + String.join(", ", shipped())));
            }
            byte[] bytes = in.readNBytes(ProfileReader.MAX_BYTES + 1);
            if (bytes.length > ProfileReader.MAX_BYTES) {
                throw new InvalidInputException(new InputProblem(origin, null,
                        "is too large for a profile"));
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(origin, null, "cannot be read"));
        }
    }

    private static String fromFile(Path path) {
        try {
            if (!Files.isRegularFile(path)) {
                throw new InvalidInputException(new InputProblem(path.toString(), null,
                        "no such file"));
            }
            if (Files.size(path) > ProfileReader.MAX_BYTES) {
                throw new InvalidInputException(new InputProblem(path.toString(), null,
                        "is too large for a profile"));
            }
            return Files.readString(path);
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(path.toString(), null,
                    "cannot be read: " + e.getClass().getSimpleName()));
        }
    }

    /** The names of the profiles packaged in the jar, for a did-you-mean list. */
    static List<String> shipped() {
        List<String> names = new ArrayList<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + SHIPPED_PROFILES + "*.yaml");
            for (Resource resource : resources) {
                String filename = resource.getFilename();
                if (filename != null) {
                    names.add(filename.replaceFirst("\\.yaml$", ""));
                }
            }
        } catch (IOException e) {
            return names;
        }
        names.sort(null);
        return names;
    }

    /** Maps merge field by field; anything else (numbers, lists) replaces what was there. */
    static void merge(ObjectNode target, ObjectNode change) {
        Iterator<Map.Entry<String, JsonNode>> fields = change.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = target.get(field.getKey());
            if (existing != null && existing.isObject() && field.getValue().isObject()) {
                merge((ObjectNode) existing, (ObjectNode) field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    static String baseName(String file) {
        String base = file.substring(file.lastIndexOf('/') + 1);
        return base.replaceFirst("\\.ya?ml$", "");
    }
}
