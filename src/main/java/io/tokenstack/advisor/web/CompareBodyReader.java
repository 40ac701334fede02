package io.tokenstack.advisor.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.tokenstack.advisor.compare.CompareRequest;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import io.tokenstack.advisor.support.JsonPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads {@code POST /api/v1/compare} bodies: the options here, the nested profile through
 * {@link ProfileReader} so its problems read as they do for {@code /advise}, with their fields
 * under {@code profile.}.
 */
final class CompareBodyReader {

    static final String PROFILE = "profile";

    /** The body's own shape; the profile stays a tree until the profile reader takes it. */
    record Body(JsonNode profile, List<String> stack, List<String> models, Boolean batch,
            Boolean cache, String evidence) {
    }

    private final ObjectMapper json;
    private final ProfileReader profiles;

    CompareBodyReader(ProfileReader profiles) {
        this.profiles = profiles;
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(20).maxNumberLength(40).maxStringLength(10_000).build());
        this.json = mapper;
    }

    CompareRequest read(byte[] bytes) {
        Body body = parse(bytes);
        if (body.profile() == null || !body.profile().isObject()) {
            throw new InvalidInputException(new InputProblem(RequestBodies.ORIGIN, PROFILE,
                    "required: a team profile object, as the body of /api/v1/advise"));
        }
        TeamProfile profile;
        try {
            profile = profiles.readJson(RequestBodies.ORIGIN,
                    body.profile().toString().getBytes(StandardCharsets.UTF_8));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.problems().stream()
                    .map(p -> new InputProblem(p.origin(), p.field() == null ? PROFILE
                            : PROFILE + "." + p.field(), p.message()))
                    .toList());
        }
        return new CompareRequest(profile, body.stack(), body.models(),
                Boolean.TRUE.equals(body.batch()), Boolean.TRUE.equals(body.cache()),
                body.evidence());
    }

    private Body parse(byte[] bytes) {
        if (bytes.length == 0) {
            throw new InvalidInputException(new InputProblem(RequestBodies.ORIGIN, null,
                    "is empty; a compare request needs at least a profile"));
        }
        try {
            Body body = json.readValue(bytes, Body.class);
            if (body == null) {
                throw new InvalidInputException(new InputProblem(RequestBodies.ORIGIN, null,
                        "is empty; a compare request needs at least a profile"));
            }
            return body;
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonParseException broken) {
                throw notJson(broken);
            }
            String path = JsonPaths.of(e);
            throw new InvalidInputException(new InputProblem(RequestBodies.ORIGIN,
                    path.isEmpty() ? null : path, JsonPaths.reason(e)));
        } catch (JsonProcessingException e) {
            throw notJson(e);
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(RequestBodies.ORIGIN, null,
                    "could not be read to its end"));
        }
    }

    private static InvalidInputException notJson(JsonProcessingException e) {
        return new InvalidInputException(new InputProblem(RequestBodies.ORIGIN, null,
                "not a valid JSON compare request" + JsonPaths.location(e) + ": "
                        + JsonPaths.firstLine(e.getOriginalMessage())));
    }
}
