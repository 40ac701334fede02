package io.tokenstack.advisor.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tokenstack.advisor.support.InputProblem;

/**
 * One entry of a problem response's {@code errors} member: the field at fault (absent when the
 * whole body is) and what is wrong or allowed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record FieldProblem(String field, String message) {

    static FieldProblem of(InputProblem problem) {
        return new FieldProblem(problem.field(), problem.message());
    }
}
