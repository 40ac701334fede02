package io.tokenstack.advisor.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.support.InputProblem;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The batch's output formats: one JSON line per profile, or one CSV row per profile. */
public final class BatchWriters {

    public static final String CSV_HEADER = "profile,top_stack,levers,priority,"
            + "monthly_savings_usd,savings_percent,break_even_working_days,net_value_usd,error";

    private BatchWriters() {
    }

    /** {@code {"profile":..., "advice":{...}}} or {@code {"profile":..., "errors":[...]}}. */
    public static BatchAdvisor.Sink jsonLines(ObjectMapper json, Writer out) {
        return outcome -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("profile", outcome.failed() ? outcome.origin()
                    : outcome.advice().profile());
            line.put("source", outcome.origin());
            if (outcome.failed()) {
                line.put("errors", errors(outcome.problems()));
            } else {
                line.put("advice", outcome.advice());
            }
            out.write(json.writeValueAsString(line));
            out.write('\n');
        };
    }

    public static BatchAdvisor.Sink csv(Writer out) throws IOException {
        out.write(CSV_HEADER);
        out.write('\n');
        return outcome -> {
            if (outcome.failed()) {
                String error = outcome.problems().stream().map(InputProblem::oneLine)
                        .reduce((a, b) -> a + "; " + b).orElse("");
                row(out, outcome.origin(), "", "", "", null, null, null, null, error);
                return;
            }
            Advice advice = outcome.advice();
            Advice.Recommendation top = advice.recommendations().get(0);
            row(out, advice.profile(), String.join("+", top.stack()),
                    String.join("+", top.levers()), top.priority(), top.monthlySavingsUsd(),
                    top.savingsPercent(), top.breakEvenWorkingDays(), top.netValueUsd(), "");
        };
    }

    static List<Map<String, String>> errors(List<InputProblem> problems) {
        return problems.stream().map(p -> {
            Map<String, String> error = new LinkedHashMap<>();
            if (p.field() != null) {
                error.put("field", p.field());
            }
            error.put("message", p.message());
            return error;
        }).toList();
    }

    private static void row(Writer out, String profile, String stack, String levers,
            String priority, BigDecimal savings, BigDecimal percent, BigDecimal breakEven,
            BigDecimal net, String error) throws IOException {
        out.write(String.join(",", cell(profile), cell(stack), cell(levers), cell(priority),
                number(savings), number(percent), number(breakEven), number(net), cell(error)));
        out.write('\n');
    }

    private static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** RFC 4180 quoting, so commas and quotes in names and messages survive. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
