package io.tokenstack.advisor.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tokenstack.advisor.compare.CompareRow;
import io.tokenstack.advisor.compare.CompareService;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The article's multi-model table for a profile, as the shell's {@code compare} builds it. */
@RestController
@ConditionalOnWebApplication
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "compare", description = "Each model's cost with and without a stack")
class CompareController {

    /** Documents the body; the controller reads it itself (see {@link CompareBodyReader}). */
    @Schema(name = "CompareRequest")
    record BodySchema(
            @Schema(description = "A team profile, as the body of /api/v1/advise",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            TeamProfile profile,
            @Schema(description = "Tool ids; left out: the article's rtk, headroom, caveman; "
                    + "[] or [\"none\"]: no tools")
            List<String> stack,
            @Schema(description = "Model ids, one row each; left out: every catalog model")
            List<String> models,
            @Schema(description = "Send the profile's batchableShare through the batch API")
            Boolean batch,
            @Schema(description = "Let the prompt cache serve the repeatedInputShare")
            Boolean cache,
            @Schema(description = "measured or claimed; left out: the profile's",
                    allowableValues = {"measured", "claimed"})
            String evidence) {
    }

    private final CompareService compare;
    private final CompareBodyReader reader;

    CompareController(CompareService compare, ProfileReader profiles) {
        this.compare = compare;
        this.reader = new CompareBodyReader(profiles);
    }

    @PostMapping(path = "/compare", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Compare models raw and with a stack of tools and levers",
            description = "One row per model, as if the whole team worked on it. Raw figures "
                    + "are the article's: no tools, no levers. A lever shows in a row only "
                    + "where it changed that model's bill.",
            requestBody = @RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = BodySchema.class),
                    examples = @ExampleObject(name = "anthropic-ten-developers",
                            value = ApiExamples.COMPARE))))
    @ApiResponse(responseCode = "200", description = "One row per model")
    @ApiResponse(responseCode = "400", description = "The request has problems",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    List<CompareRow> compare(HttpServletRequest request) {
        return compare.compare(RequestBodies.ORIGIN, CompareBodyReader.PROFILE,
                reader.read(RequestBodies.read(request)));
    }
}
