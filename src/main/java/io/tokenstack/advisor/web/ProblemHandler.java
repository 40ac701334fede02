package io.tokenstack.advisor.web;

import io.tokenstack.advisor.knowledge.KnowledgeBuildException;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure into an RFC 9457 problem. Client errors name the field and what is
 * allowed in an {@code errors} member; nothing internal (class names, stack traces, file
 * paths) reaches the client. Log level follows who must act: nothing for a client's mistake,
 * WARN for the operator's, ERROR with the stack for a bug.
 */
@RestControllerAdvice
@ConditionalOnWebApplication
class ProblemHandler extends ResponseEntityExceptionHandler {

    static final String ERRORS = "errors";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalidInput(InvalidInputException e) {
        ProblemDetail problem = withErrors(HttpStatus.BAD_REQUEST, summary(e.problems()),
                e.problems().stream().map(FieldProblem::of).toList());
        return problem(problem);
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> tooLarge(BodyTooLargeException e) {
        String message = "is larger than " + RequestBodies.MAX_BYTES / 1024
                + " KiB; a profile is a few hundred bytes";
        return problem(withErrors(HttpStatus.PAYLOAD_TOO_LARGE, "The request body " + message
                + ".", List.of(new FieldProblem(null, message))));
    }

    @ExceptionHandler(ProfileNotFoundException.class)
    ResponseEntity<Object> noProfile(ProfileNotFoundException e) {
        String allowed = e.known().isEmpty() ? "the server holds no profiles"
                : "known: " + String.join(", ", e.known());
        String message = "no profile named '" + e.name() + "'; " + allowed;
        return problem(withErrors(HttpStatus.NOT_FOUND, "No profile named '" + e.name() + "'.",
                List.of(new FieldProblem("name", message))));
    }

    @ExceptionHandler(UnusableProfileException.class)
    ResponseEntity<Object> unusable(UnusableProfileException e) {
        LOG.warn("Profile {} on the server has problems: {}", e.name(), e.problems().stream()
                .map(InputProblem::oneLine).collect(Collectors.joining("; ")));
        return problem(withErrors(HttpStatus.UNPROCESSABLE_ENTITY, "The server's profile '"
                        + e.name() + "' has problems; its owner must fix the file.",
                e.problems().stream().map(FieldProblem::of).toList()));
    }

    @ExceptionHandler(KnowledgeBuildException.class)
    ResponseEntity<Object> noKnowledge(KnowledgeBuildException e) {
        LOG.warn("Answered 503: the rules in force do not build: {}", e.getMessage());
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The knowledge base is not loaded: the rules in force do not build."));
    }

    /** Anything else is a bug: logged with its stack, answered without a word about it. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) {
        LOG.error("Unexpected failure on {}", request.getDescription(false), e);
        return problem(ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The advisor failed to answer; the failure is logged."));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Spring's own detail speaks of static resources, which clients have nothing to do with.
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "No endpoint "
                + e.getHttpMethod() + " /" + e.getResourcePath()
                + "; the API is described at /v3/api-docs.");
        return handleExceptionInternal(e, problem, headers, status, request);
    }

    /** Adds the {@code errors} member to the problems Spring MVC itself raises. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body == null && e instanceof ErrorResponse response) {
            // Spring passes no body for its own exceptions and fills it in later; fill it here
            // so the errors member can be added.
            body = response.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            FieldProblem field = fieldOf(e);
            if (field != null) {
                problem.setProperty(ERRORS, List.of(field));
            }
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    private static FieldProblem fieldOf(Exception e) {
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            return new FieldProblem("method", method.getMethod() + " is not allowed here; allowed: "
                    + String.join(", ", method.getSupportedMethods() == null ? new String[0]
                            : method.getSupportedMethods()));
        }
        if (e instanceof HttpMediaTypeNotSupportedException media) {
            return new FieldProblem("Content-Type", (media.getContentType() == null
                    ? "missing" : "'" + media.getContentType() + "' is not accepted")
                    + "; allowed: " + MediaType.toString(media.getSupportedMediaTypes()));
        }
        if (e instanceof HttpMediaTypeNotAcceptableException media) {
            return new FieldProblem("Accept", "allowed: "
                    + MediaType.toString(media.getSupportedMediaTypes()));
        }
        return null;
    }

    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ProblemDetail withErrors(HttpStatus status, String detail,
            List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    /** One problem reads as its line; several are counted, and listed under errors. */
    private static String summary(List<InputProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).oneLine();
        }
        return RequestBodies.ORIGIN + ": " + problems.size() + " problems; see errors";
    }
}
