package io.tokenstack.advisor.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.batch.BatchRun;
import io.tokenstack.advisor.batch.ProfileSource;
import io.tokenstack.advisor.profile.ProfileReader;
import jakarta.servlet.http.HttpServletRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Advice for many teams in one call: JSON lines in, JSON lines out, one advice (or one error)
 * per profile as soon as it is made, then the organisation's summary. Nothing is kept between
 * lines, so a long body costs no more memory than a short one.
 */
@RestController
@ConditionalOnWebApplication
@RequestMapping(path = "/api/v1")
class BatchController {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    private static final MediaType LINES_TYPE = MediaType.parseMediaType(NDJSON);
    private static final MediaType CSV_TYPE = new MediaType("text", "csv",
            StandardCharsets.UTF_8);
    /** A hundred thousand one-model profiles are about 60 MB; refuse what is declared larger. */
    static final long MAX_DECLARED_BYTES = 128L * 1024 * 1024;

    private static final ObjectMapper LINES = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final AdvisorService advisor;
    private final ProfileReader reader;

    BatchController(AdvisorService advisor, ProfileReader reader) {
        this.advisor = advisor;
        this.reader = reader;
    }

    @PostMapping(path = "/advise/batch", consumes = NDJSON, produces = {NDJSON, CSV})
    @Operation(summary = "Advise many team profiles",
            description = "The body holds one JSON team profile per line. The answer streams "
                    + "one line per profile, {\"profile\", \"source\", \"advice\"} or "
                    + "{\"profile\", \"source\", \"errors\"}, in input order, then one "
                    + "{\"summary\"} line for the organisation. A bad line does not stop the "
                    + "others. With Accept: text/csv the answer is the CSV of "
                    + "`advise --batch --format csv` instead: a header, then one row per "
                    + "profile with its top stack, or its error.")
    @ApiResponse(responseCode = "200", description = "Advice lines, then the summary; or CSV "
            + "rows")
    @ApiResponse(responseCode = "413", description = "The declared body is over 128 MiB",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<StreamingResponseBody> batch(HttpServletRequest request) {
        if (request.getContentLengthLong() > MAX_DECLARED_BYTES) {
            throw new BodyTooLargeException();
        }
        boolean csv = wantsCsv(request.getHeader("Accept"));
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            BufferedReader lines = new BufferedReader(new InputStreamReader(
                    request.getInputStream(), StandardCharsets.UTF_8));
            new BatchRun(advisor, LINES).run(new ProfileSource(reader)
                    .jsonLines("line", lines), csv ? BatchRun.Output.CSV
                            : BatchRun.Output.JSON_LINES, writer);
        };
        return ResponseEntity.ok().contentType(csv ? CSV_TYPE : LINES_TYPE).body(body);
    }

    /**
     * CSV when the client prefers it to JSON lines; JSON lines for no preference. Spring has
     * already answered 406 when the client accepts neither.
     */
    static boolean wantsCsv(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> accepted;
        try {
            accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        MimeTypeUtils.sortBySpecificity(accepted);
        for (MediaType type : accepted) {
            if (type.isCompatibleWith(LINES_TYPE)) {
                return false;
            }
            if (type.isCompatibleWith(CSV_TYPE)) {
                return true;
            }
        }
        return false;
    }
}
