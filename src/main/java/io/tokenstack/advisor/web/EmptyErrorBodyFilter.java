package io.tokenstack.advisor.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Actuator endpoints answer some client errors (an unknown metric name, say) with a status
 * and no body. This gives those a problem body like every other error. It watches only the
 * actuator's paths, so API responses are not buffered twice.
 */
@Component
@ConditionalOnWebApplication
class EmptyErrorBodyFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    EmptyErrorBodyFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        HttpStatus status = HttpStatus.resolve(wrapper.getStatus());
        if (status != null && status.isError() && wrapper.getContentSize() == 0
                && !wrapper.isCommitted()) {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setInstance(URI.create(request.getRequestURI()));
            wrapper.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            wrapper.getOutputStream().write(json.writeValueAsBytes(problem));
        }
        wrapper.copyBodyToResponse();
    }
}
