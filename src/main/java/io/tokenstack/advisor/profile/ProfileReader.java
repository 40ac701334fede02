package io.tokenstack.advisor.profile;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import io.tokenstack.advisor.support.JsonPaths;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads team profiles from YAML files or JSON bodies. Hostile input is refused before it can
 * cost much: a size cap, UTF-8 only, no YAML aliases beyond a handful, bounded nesting.
 */
public final class ProfileReader {

    /** A profile is a few hundred bytes; anything near this is not a profile. */
    public static final int MAX_BYTES = 256 * 1024;

    private final ObjectMapper yaml;
    private final ObjectMapper json;

    public ProfileReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(20);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        YAMLFactory yamlFactory = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(limits()).build();
        this.yaml = configure(new YAMLMapper(yamlFactory));
        // Duplicate keys are refused in JSON as in YAML: the last one would win silently.
        JsonMapper jsonMapper = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        jsonMapper.getFactory().setStreamReadConstraints(limits());
        this.json = configure(jsonMapper);
    }

    private static StreamReadConstraints limits() {
        return StreamReadConstraints.builder().maxNestingDepth(20).maxNumberLength(40)
                .maxStringLength(10_000).build();
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /** Reads a profile file; a missing name takes the file's base name. */
    public TeamProfile readFile(Path file) {
        String origin = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException(new InputProblem(origin, null,
                        "is a folder, not a profile file"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw tooLarge(origin);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(new InputProblem(origin, null, "no such file"));
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(origin, null,
                    "cannot be read: " + e.getClass().getSimpleName()));
        }
        TeamProfile profile = readYaml(origin, bytes);
        if (profile.name() == null) {
            String base = file.getFileName().toString().replaceFirst("\\.(ya?ml|json)$", "");
            profile = profile.withName(base);
        }
        return profile;
    }

    public TeamProfile readYaml(String origin, byte[] bytes) {
        return read(yaml, origin, bytes, "YAML");
    }

    public TeamProfile readJson(String origin, byte[] bytes) {
        return read(json, origin, bytes, "JSON");
    }

    private TeamProfile read(ObjectMapper mapper, String origin, byte[] bytes, String format) {
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(origin);
        }
        String text = decode(origin, bytes);
        if (text.isBlank()) {
            throw new InvalidInputException(new InputProblem(origin, null,
                    "is empty; a profile needs at least models"));
        }
        try {
            TeamProfile profile = mapper.readValue(text, TeamProfile.class);
            if (profile == null) {
                throw new InvalidInputException(new InputProblem(origin, null,
                        "is empty; a profile needs at least models"));
            }
            return profile;
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof InputCoercionException) {
                // A number too large for its field: name the field, not the parser's limits.
                throw new InvalidInputException(new InputProblem(origin, JsonPaths.of(e),
                        "number out of range; see the profile reference for allowed values"));
            }
            if (e.getCause() instanceof JsonParseException broken
                    && !String.valueOf(broken.getOriginalMessage()).startsWith("Duplicate")) {
                // Text that ends or breaks inside a field is a syntax error, not a bad value.
                throw new InvalidInputException(new InputProblem(origin, null,
                        "not a valid " + format + " profile" + JsonPaths.location(broken)
                                + ": " + JsonPaths.firstLine(broken.getOriginalMessage())));
            }
            String path = JsonPaths.of(e);
            throw new InvalidInputException(new InputProblem(origin,
                    path.isEmpty() ? null : path, JsonPaths.reason(e)));
        } catch (InputCoercionException e) {
            // A number too large for its field: name the field, not the parser's limits.
            throw new InvalidInputException(new InputProblem(origin, fieldOf(e),
                    "number out of range; see the profile reference for allowed values"));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(new InputProblem(origin, null,
                    "not a valid " + format + " profile" + JsonPaths.location(e) + ": "
                            + JsonPaths.firstLine(e.getOriginalMessage())));
        } catch (RuntimeException e) {
            // SnakeYAML refuses alias bombs and deep nesting with its own runtime errors.
            throw new InvalidInputException(new InputProblem(origin, null,
                    "not a valid " + format + " profile: " + JsonPaths.firstLine(e.getMessage())));
        }
    }

    private static String fieldOf(InputCoercionException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null; c = c.getParent()) {
            if (c.getCurrentName() != null) {
                names.add(0, c.getCurrentName());
            }
        }
        return names.isEmpty() ? null : String.join(".", names);
    }

    private static String decode(String origin, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new InvalidInputException(new InputProblem(origin, null,
                        "holds binary data; a profile is UTF-8 text"));
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(new InputProblem(origin, null,
                    "is not UTF-8 text; save the profile as UTF-8"));
        }
    }

    private static InvalidInputException tooLarge(String origin) {
        return new InvalidInputException(new InputProblem(origin, null,
                "is larger than " + MAX_BYTES / 1024 + " KiB; a profile is a few hundred bytes"));
    }
}
