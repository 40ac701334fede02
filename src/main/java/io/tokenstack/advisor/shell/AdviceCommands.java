package io.tokenstack.advisor.shell;

import static org.springframework.shell.command.CommandRegistration.OptionArity.EXACTLY_ONE;

import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.advice.AdviceDiff;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.advice.Explanation;
import io.tokenstack.advisor.knowledge.Catalogs;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.RuleInfo;
import io.tokenstack.advisor.knowledge.RuleText;
import io.tokenstack.advisor.profile.ProfileChanges;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.support.Closest;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.shell.command.CommandContext;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/**
 * "What should we adopt?", "what if…?" and "why?": thin adapters over the advice feature.
 * Every option takes exactly one value, so a profile file may come before or after them.
 */
@Command(group = "Advice")
class AdviceCommands {

    static final String PROFILE = "profile file (YAML or JSON) or the name of one in the"
            + " profiles folder; without it, --model describes the team, or the last advised"
            + " profile is used";
    static final String MODEL = "model id, or a mix: claude-opus-4-8:0.7,claude-sonnet-4-6:0.3";
    static final String DEVELOPERS = "developers in the team";
    static final String SESSIONS = "agent sessions per developer a day";
    static final String HOURLY = "cost of a developer hour, USD";
    static final String AGENT = "the coding agent the team uses";
    static final String BATCHABLE = "share of sessions that can wait for a batch answer, 0-1";
    static final String CACHING = "true when the team already uses prompt caching";
    static final String POLICY = "open, strict, or a list of no-proxy, no-telemetry,"
            + " no-third-party, open-source-only";
    static final String EVIDENCE = "measured or claimed";
    static final String HORIZON = "months within which setup must pay back";
    static final String FORMAT = "table (default), json or markdown";
    static final String BATCH = "advise every team: a folder of profiles or a file with one"
            + " JSON profile per line, streamed";

    private final AdvisorService advisor;
    private final ProfileInput input;
    private final LastAdvice last;
    private final BatchAdvice batchAdvice;

    AdviceCommands(AdvisorService advisor, ProfileInput input, LastAdvice last,
            BatchAdvice batchAdvice) {
        this.advisor = advisor;
        this.input = input;
        this.last = last;
        this.batchAdvice = batchAdvice;
    }

    @Command(command = "advise", description = "What should we adopt? A ranked, explained"
            + " recommendation for a team profile.")
    String advise(
            @Option(arity = EXACTLY_ONE, description = PROFILE)
            @OptionValues(provider = Completions.PROFILES) String profile,
            @Option(longNames = "model", arity = EXACTLY_ONE, description = MODEL)
            @OptionValues(provider = Completions.MODELS) String model,
            @Option(longNames = "developers", arity = EXACTLY_ONE, description = DEVELOPERS)
            Integer developers,
            @Option(longNames = "sessions-per-day", arity = EXACTLY_ONE, description = SESSIONS)
            BigDecimal sessionsPerDay,
            @Option(longNames = "hourly-cost", arity = EXACTLY_ONE, description = HOURLY)
            BigDecimal hourlyCost,
            @Option(longNames = "agent", arity = EXACTLY_ONE, description = AGENT)
            @OptionValues(provider = Completions.AGENTS) String agent,
            @Option(longNames = "batchable", arity = EXACTLY_ONE, description = BATCHABLE)
            BigDecimal batchable,
            @Option(longNames = "caching", arity = EXACTLY_ONE, description = CACHING)
            String caching,
            @Option(longNames = "policy", arity = EXACTLY_ONE, description = POLICY)
            @OptionValues(provider = Completions.POLICIES) String policy,
            @Option(longNames = "evidence", arity = EXACTLY_ONE, description = EVIDENCE)
            @OptionValues(provider = Completions.EVIDENCE) String evidence,
            @Option(longNames = "horizon", arity = EXACTLY_ONE, description = HORIZON)
            Integer horizon,
            @Option(longNames = "format", arity = EXACTLY_ONE, defaultValue = "table",
                    description = FORMAT + "; with --batch: json lines, csv, or the summary")
            @OptionValues(provider = Completions.FORMATS) String format,
            @Option(longNames = "batch", arity = EXACTLY_ONE, description = BATCH)
            String batch,
            CommandContext context) {
        if (batch != null) {
            return batchAdvice.run(batch, format, context.getTerminal().writer());
        }
        Format shown = Format.of(format);
        ProfileChanges changes = ProfileOptions.changes(model, developers, sessionsPerDay,
                hourlyCost, agent, batchable, caching, policy, evidence, horizon);
        ProfileInput.Resolved resolved = input.resolve("advise", profile, changes);
        Advice advice = advisor.advise(resolved.origin(), resolved.profile());
        last.remember(resolved.origin(), resolved.profile(), advice);
        return AdviceRenderer.advice(advice, shown);
    }

    @Command(command = "whatif", description = "What if we had 50 developers, moved to another"
            + " model, could batch half the sessions? The difference in advice and money.")
    String whatif(
            @Option(arity = EXACTLY_ONE, description = "profile file; without it, the last"
                    + " advised profile")
            @OptionValues(provider = Completions.PROFILES) String profile,
            @Option(longNames = "model", arity = EXACTLY_ONE, description = MODEL)
            @OptionValues(provider = Completions.MODELS) String model,
            @Option(longNames = "developers", arity = EXACTLY_ONE, description = DEVELOPERS)
            Integer developers,
            @Option(longNames = "sessions-per-day", arity = EXACTLY_ONE, description = SESSIONS)
            BigDecimal sessionsPerDay,
            @Option(longNames = "hourly-cost", arity = EXACTLY_ONE, description = HOURLY)
            BigDecimal hourlyCost,
            @Option(longNames = "agent", arity = EXACTLY_ONE, description = AGENT)
            @OptionValues(provider = Completions.AGENTS) String agent,
            @Option(longNames = "batchable", arity = EXACTLY_ONE, description = BATCHABLE)
            BigDecimal batchable,
            @Option(longNames = "caching", arity = EXACTLY_ONE, description = CACHING)
            String caching,
            @Option(longNames = "policy", arity = EXACTLY_ONE, description = POLICY)
            @OptionValues(provider = Completions.POLICIES) String policy,
            @Option(longNames = "evidence", arity = EXACTLY_ONE, description = EVIDENCE)
            @OptionValues(provider = Completions.EVIDENCE) String evidence,
            @Option(longNames = "horizon", arity = EXACTLY_ONE, description = HORIZON)
            Integer horizon,
            @Option(longNames = "format", arity = EXACTLY_ONE, defaultValue = "table",
                    description = FORMAT)
            @OptionValues(provider = Completions.FORMATS) String format) {
        Format shown = Format.of(format);
        ProfileChanges changes = ProfileOptions.changes(model, developers, sessionsPerDay,
                hourlyCost, agent, batchable, caching, policy, evidence, horizon);
        if (changes.isEmpty()) {
            throw new InvalidInputException(new InputProblem("whatif", null, "name at least"
                    + " one change, e.g. --developers 50, --model claude-haiku-4-5 or"
                    + " --batchable 0.5"));
        }
        ProfileInput.Resolved base = input.resolve("whatif", profile, ProfileChanges.none());
        TeamProfile changed = changes.applyTo(base.profile());
        Advice before = advisor.advise(base.origin(), base.profile());
        Advice after = advisor.advise(base.origin() + " with the changes", changed);
        return AdviceRenderer.diff(AdviceDiff.between(changes.describe(), before, after),
                shown);
    }

    @Command(command = "explain", description = "Why? The rules behind the last advice in"
            + " firing order, with their sentences and numbers, or behind one recommendation.")
    String explain(
            @Option(arity = EXACTLY_ONE, description = "rank of a recommendation; without it,"
                    + " the whole advice") Integer rank,
            @Option(longNames = "format", arity = EXACTLY_ONE, defaultValue = "table",
                    description = FORMAT)
            @OptionValues(provider = Completions.FORMATS) String format) {
        Format shown = Format.of(format);
        LastAdvice.Entry entry = last.require("explain");
        Knowledge knowledge = advisor.knowledge().current();
        Explanation explanation = rank == null ? Explanation.of(entry.advice(), knowledge)
                : Explanation.ofRank(entry.advice(), knowledge, rank);
        return AdviceRenderer.explanation(explanation, shown);
    }

    @Command(command = "explain tool", description = "A tool's evidence (claimed and"
            + " measured, with sources), setup, data handling and licence.")
    String explainTool(
            @Option(arity = EXACTLY_ONE, required = true, description = "tool id")
            @OptionValues(provider = Completions.TOOLS) String id,
            @Option(longNames = "format", arity = EXACTLY_ONE, defaultValue = "table",
                    description = FORMAT)
            @OptionValues(provider = Completions.FORMATS) String format) {
        Format shown = Format.of(format);
        Tool tool = Catalogs.of(advisor.knowledge()).tools()
                .require("explain tool", List.of(id)).get(0);
        return CatalogRenderer.tool(tool, shown);
    }

    @Command(command = "explain rule", description = "A rule's meaning, file and text.")
    String explainRule(
            @Option(arity = EXACTLY_ONE, required = true, description = "rule name")
            @OptionValues(provider = Completions.RULES) String name,
            @Option(longNames = "format", arity = EXACTLY_ONE, defaultValue = "table",
                    description = FORMAT)
            @OptionValues(provider = Completions.FORMATS) String format) {
        Format shown = Format.of(format);
        Knowledge knowledge = advisor.knowledge().current();
        RuleInfo info = knowledge.rule(name).orElseThrow(() -> unknownRule(knowledge, name));
        RuleText text = RuleText.of(knowledge, name).orElseThrow(() ->
                new IllegalStateException("rule " + name + " is built but its declaration is"
                        + " not in " + info.file()));
        return CatalogRenderer.rule(info, text, shown);
    }

    private static InvalidInputException unknownRule(Knowledge knowledge, String name) {
        String hint = Closest.of(name, knowledge.rules().stream().map(RuleInfo::name).toList())
                .map(c -> "; did you mean '" + c + "'?")
                .orElse("; the rule files are in " + knowledge.source().origin());
        return new InvalidInputException(new InputProblem("explain rule", null,
                "unknown rule '" + name + "'" + hint));
    }
}
