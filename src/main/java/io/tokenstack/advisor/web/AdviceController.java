package io.tokenstack.advisor.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.profile.ProfileLibrary;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.support.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Advice for a profile sent in the body or kept on the server. The body is read as bytes and
 * handed to the same reader and validator the shell uses, so both report the same problems.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "advice", description = "Which compression stack pays off for a team")
class AdviceController {

    private final AdvisorService advisor;
    private final ProfileReader reader;
    private final ProfileLibrary library;
    private final Timer adviseTimer;

    AdviceController(AdvisorService advisor, ProfileReader reader, ProfileLibrary library,
            MeterRegistry meters) {
        this.advisor = advisor;
        this.reader = reader;
        this.library = library;
        this.adviseTimer = Timer.builder("advisor.advise")
                .description("Time to validate and advise one profile")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    @PostMapping(path = "/advise", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Advise a team profile",
            description = "The body is a team profile with the fields of the YAML profile "
                    + "files; left-out fields take the article's session model. The answer "
                    + "is the advice the shell prints with --format json.",
            requestBody = @RequestBody(required = true, content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = TeamProfile.class),
                    examples = {
                        @ExampleObject(name = "article-baseline",
                                summary = "The article's developer on Claude Opus 4.8",
                                value = ApiExamples.ARTICLE_BASELINE),
                        @ExampleObject(name = "one-model", summary = "Only a model",
                                value = ApiExamples.ONE_MODEL)})))
    @ApiResponse(responseCode = "200", description = "The advice")
    @ApiResponse(responseCode = "400", description = "The profile has problems",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(value = ApiExamples.INVALID_PROFILE)))
    @ApiResponse(responseCode = "413", description = "The body is larger than 64 KiB",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    Advice advise(HttpServletRequest request) {
        TeamProfile profile = reader.readJson(RequestBodies.ORIGIN, RequestBodies.read(request));
        return adviseTimer.record(() -> advisor.advise(RequestBodies.ORIGIN, profile));
    }

    @GetMapping("/profiles")
    @Operation(summary = "The profiles kept on the server",
            description = "Read from the folder advisor.profiles-dir (default: profiles); a "
                    + "file with problems is listed with them.")
    List<ProfileSummary> profiles() {
        return library.list().stream().map(ProfileSummary::of).toList();
    }

    @GetMapping("/profiles/{name}/advice")
    @Operation(summary = "Advise a profile kept on the server")
    @ApiResponse(responseCode = "200", description = "The advice")
    @ApiResponse(responseCode = "404", description = "No profile has this name",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The profile file has problems",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    Advice profileAdvice(@PathVariable String name) {
        ProfileLibrary.Entry entry = library.find(name).orElseThrow(() ->
                new ProfileNotFoundException(name, library.list().stream()
                        .map(ProfileLibrary.Entry::name).toList()));
        if (!entry.readable()) {
            throw new UnusableProfileException(name, entry.problems());
        }
        try {
            return adviseTimer.record(() -> advisor.advise(entry.file(), entry.profile()));
        } catch (InvalidInputException e) {
            throw new UnusableProfileException(name, e.problems());
        }
    }
}
