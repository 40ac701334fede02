package io.tokenstack.advisor.shell;

import static io.tokenstack.advisor.knowledge.Say.usd;

import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.advice.Advice.Recommendation;
import io.tokenstack.advisor.advice.AdviceDiff;
import io.tokenstack.advisor.advice.BreakEven;
import io.tokenstack.advisor.advice.Explanation;
import java.math.BigDecimal;
import java.util.List;

/** Prints advice, what-if differences, explanations and break-even tables. */
final class AdviceRenderer {

    private AdviceRenderer() {
    }

    static String advice(Advice a, Format format) {
        if (format == Format.JSON) {
            return Json.write(a);
        }
        Text out = new Text(format);
        out.heading("Advice for " + a.profile());
        out.line("Knowledge base " + a.knowledgeBase().version() + ", " + a.evidence()
                + " evidence, " + a.candidatesWeighed() + " stacks weighed.");
        Advice.Baseline b = a.baseline();
        out.line("Today: " + usd(b.monthlyCostUsd()) + " a month for the team ("
                + usd(b.perDeveloperMonthUsd()) + " per developer, " + usd(b.perSessionUsd())
                + " a session, " + plain(b.sessionsPerMonth()) + " sessions a month).");
        out.blank();
        out.section("Recommendations");
        out.table(recommendations(a.recommendations()));
        if (!a.recommendations().isEmpty()) {
            Recommendation first = a.recommendations().get(0);
            out.bullets("Evidence behind the first", first.evidence().stream()
                    .map(e -> e.tool() + ": " + e.level() + " (" + e.source() + ")").toList());
            out.bullets("Warnings", first.warnings().stream()
                    .map(n -> n.text() + " [" + n.rule() + "]").toList());
        }
        out.bullets("Not recommended", a.notRecommended().stream()
                .map(r -> stackName(r) + ": " + r.rejected().text() + " [" + r.rejected().rule()
                        + "]").toList());
        out.bullets("Excluded", a.excluded().stream()
                .map(e -> e.tool() + ": " + e.reason() + " [" + e.rule() + "]").toList());
        out.bullets("Notes", a.explanation().stream()
                .map(n -> n.text() + " [" + n.rule() + "]").toList());
        out.bullets("Warnings for the team", a.warnings().stream()
                .map(n -> n.text() + " [" + n.rule() + "]").toList());
        out.blank();
        out.line("Why: explain (all fired rules), explain 1 (the first recommendation),"
                + " explain tool ID, explain rule NAME.");
        return out.toString();
    }

    private static TextTable recommendations(List<Recommendation> list) {
        TextTable table = new TextTable().right("#").left("P", "Stack", "Levers")
                .right("Saves/month", "Saved", "Range (measured..claimed)", "Setup",
                        "Break-even");
        for (Recommendation r : list) {
            table.row(r.rank(), r.priority(), tools(r.stack()), levers(r.levers()),
                    usd(r.monthlySavingsUsd()), plain(r.savingsPercent()) + "%",
                    usd(r.savingsRangeUsd().low()) + ".." + usd(r.savingsRangeUsd().high()),
                    usd(r.setupCostUsd()), days(r.breakEvenWorkingDays()));
        }
        return table;
    }

    static String diff(AdviceDiff d, Format format) {
        if (format == Format.JSON) {
            return Json.write(d);
        }
        Text out = new Text(format);
        out.heading("What if: " + String.join("; ", d.changes()));
        TextTable table = new TextTable().left("").right("Before", "After", "Difference");
        AdviceDiff.Money b = d.before().money();
        AdviceDiff.Money a = d.after().money();
        AdviceDiff.Money x = d.difference();
        table.row("Team bill a month, no tool", usd(b.baselineMonthlyUsd()),
                usd(a.baselineMonthlyUsd()), signed(x.baselineMonthlyUsd()));
        table.row("First recommendation saves", usd(b.monthlySavingsUsd()),
                usd(a.monthlySavingsUsd()), signed(x.monthlySavingsUsd()));
        table.row("Bill once it is adopted", usd(b.monthlyCostAfterAdviceUsd()),
                usd(a.monthlyCostAfterAdviceUsd()), signed(x.monthlyCostAfterAdviceUsd()));
        table.row("Its setup cost", usd(b.setupCostUsd()), usd(a.setupCostUsd()),
                signed(x.setupCostUsd()));
        table.row("First recommendation", first(d.before()), first(d.after()),
                d.sameFirstRecommendation() ? "same" : "changed");
        out.table(table);
        out.bullets("Newly excluded", d.newlyExcluded());
        out.bullets("No longer excluded", d.noLongerExcluded());
        out.bullets("Rules now firing", d.rulesNowFiring());
        out.bullets("Rules no longer firing", d.rulesNoLongerFiring());
        return out.toString();
    }

    private static String first(AdviceDiff.Side side) {
        return side.first() == null ? "nothing pays" : stackName(side.first());
    }

    static String explanation(Explanation e, Format format) {
        if (format == Format.JSON) {
            return Json.write(e);
        }
        Text out = new Text(format);
        String subject = e.rank() == null ? "the advice for " + e.profile()
                : "recommendation " + e.rank() + " for " + e.profile() + ": "
                        + tools(e.stack()) + (e.levers().isEmpty() ? ""
                                : " with " + String.join("+", e.levers()));
        out.heading("Why " + subject);
        out.line("Rules in firing order (knowledge base " + e.knowledgeVersion() + ").");
        for (Explanation.Step step : e.steps()) {
            out.blank();
            out.line(step.order() + ". " + step.rule() + (step.file() == null ? ""
                    : " (" + step.file() + ")"));
            if (step.description() != null) {
                out.line("   " + step.description());
            }
            step.notes().forEach(n -> out.line("   - " + n));
        }
        return out.toString();
    }

    static String breakEven(BreakEven.Report r, Format format) {
        if (format == Format.JSON) {
            return Json.write(r);
        }
        Text out = new Text(format);
        out.heading("Break-even for " + r.profile());
        out.line(r.evidence() + " evidence, no levers; horizon " + r.horizonMonths()
                + " months (" + plain(r.horizonWorkingDays()) + " working days).");
        out.blank();
        TextTable table = new TextTable().left("Stack").right("Setup", "Saves/month",
                "Upkeep/month", "Break-even").left("Within horizon", "Verdict");
        for (BreakEven.Row row : r.rows()) {
            table.row(tools(row.stack()), usd(row.setupCostUsd()),
                    usd(row.monthlySavingsUsd()), usd(row.upkeepMonthlyUsd()),
                    days(row.breakEvenWorkingDays()), row.paysBackWithinHorizon() ? "yes" : "no",
                    row.verdict() == null ? "" : row.verdict());
        }
        out.table(table);
        return out.toString();
    }

    static String stackName(Recommendation r) {
        String tools = tools(r.stack());
        return r.levers().isEmpty() ? tools : tools + " with " + String.join("+", r.levers());
    }

    static String tools(List<String> stack) {
        return stack.isEmpty() ? "no tool" : String.join("+", stack);
    }

    private static String levers(List<String> levers) {
        return levers.isEmpty() ? "-" : String.join("+", levers);
    }

    static String days(BigDecimal days) {
        return days == null ? "never" : plain(days) + " days";
    }

    static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String signed(BigDecimal amount) {
        return amount.signum() > 0 ? "+" + usd(amount) : usd(amount);
    }
}
