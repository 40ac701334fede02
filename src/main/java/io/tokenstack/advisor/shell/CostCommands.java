package io.tokenstack.advisor.shell;

import static org.springframework.shell.command.CommandRegistration.OptionArity.EXACTLY_ONE;

import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.advice.AdvisorService;
import io.tokenstack.advisor.advice.BreakEven;
import io.tokenstack.advisor.cost.Lever;
import io.tokenstack.advisor.cost.ModelComparison;
import io.tokenstack.advisor.knowledge.Catalogs;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.pricing.ModelPrice;
import io.tokenstack.advisor.profile.ProfileChanges;
import io.tokenstack.advisor.profile.ProfileValidator;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.tools.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;
import org.springframework.shell.command.annotation.OptionValues;

/** "What does each model cost us?" and "when does this pay back?". */
@Command(group = "Cost")
class CostCommands {

    /** The article's full stack, which its multi-model tables price. */
    static final String ARTICLE_STACK = "rtk,headroom,caveman";

    private final AdvisorService advisor;
    private final ProfileInput input;
    private final ProfileValidator validator = new ProfileValidator();

    CostCommands(AdvisorService advisor, ProfileInput input) {
        this.advisor = advisor;
        this.input = input;
    }

    @Command(command = "compare", description = "What does each model cost us, with and"
            + " without a stack? Per session, per developer and for the team a month, saved.")
    String compare(
            @Option(arity = EXACTLY_ONE, description = "profile file; without it, the last"
                    + " advised profile")
            @OptionValues(provider = Completions.PROFILES) String profile,
            @Option(longNames = "models", arity = EXACTLY_ONE, description = "model ids"
                    + " separated by commas; default: every model of the catalog")
            @OptionValues(provider = Completions.MODELS) String models,
            @Option(longNames = "stack", arity = EXACTLY_ONE, defaultValue = ARTICLE_STACK,
                    description = "tool ids separated by commas, or none; default: the"
                            + " article's full stack")
            @OptionValues(provider = Completions.STACKS) String stack,
            @Option(longNames = "batch", description = "run the profile's batchable share (all"
                    + " sessions when it has none) through the batch API") boolean batch,
            @Option(longNames = "cache", description = "use prompt caching") boolean cache,
            @Option(longNames = "evidence", arity = EXACTLY_ONE, description = "measured or"
                    + " claimed; default: the profile's")
            @OptionValues(provider = Completions.EVIDENCE) String evidence,
            @Option(longNames = "format", arity = EXACTLY_ONE, defaultValue = "table",
                    description = AdviceCommands.FORMAT)
            @OptionValues(provider = Completions.FORMATS) String format) {
        Format shown = Format.of(format);
        ProfileInput.Resolved resolved = input.resolve("compare", profile,
                evidenceOnly(evidence));
        Catalogs catalogs = Catalogs.of(advisor.knowledge());
        validator.requireValid(resolved.origin(), resolved.profile(), catalogs.prices());
        Collection<ModelPrice> priced = ProfileOptions.blank(models)
                ? catalogs.prices().models()
                : ids(models).stream().map(id -> catalogs.prices().require("option --models",
                        id)).toList();
        List<Tool> tools = stack.isBlank() || stack.trim().equals("none") ? List.of()
                : catalogs.tools().require("option --stack", ids(stack));
        Set<Lever> asked = EnumSet.noneOf(Lever.class);
        TeamProfile team = batch ? ModelComparison.withBatch(resolved.profile())
                : resolved.profile();
        if (batch) {
            asked.add(Lever.BATCH_API);
        }
        if (cache) {
            asked.add(Lever.PROMPT_CACHING);
        }
        Set<Lever> levers = ModelComparison.leversInForce(team, asked);
        List<ModelComparison.Row> rows = new ModelComparison().compare(team, catalogs.prices(),
                priced, tools, levers, team.claimedEvidence());
        List<String> toolIds = tools.stream().map(Tool::id).toList();
        List<String> leverIds = levers.stream().map(Lever::id).toList();
        BigDecimal batchShare = batch ? team.batchableShare() : null;
        List<CatalogRenderer.CompareRow> shownRows = rows.stream()
                .map(r -> CatalogRenderer.CompareRow.of(r, toolIds, leverIds, team.evidence(),
                        batchShare)).toList();
        return CatalogRenderer.comparison(new CatalogRenderer.CompareContext(team.name(),
                team.team().developers(), team.team().sessionsPerDeveloperMonth(),
                team.evidence()), shownRows, shown);
    }

    @Command(command = "breakeven", description = "When does each tool, or a stack, pay"
            + " back its setup for us? Setup cost, monthly savings, break-even in working days.")
    String breakeven(
            @Option(arity = EXACTLY_ONE, description = "profile file; without it, the last"
                    + " advised profile")
            @OptionValues(provider = Completions.PROFILES) String profile,
            @Option(longNames = "stack", arity = EXACTLY_ONE, description = "a stack to add:"
                    + " tool ids separated by commas")
            @OptionValues(provider = Completions.STACKS) String stack,
            @Option(longNames = "evidence", arity = EXACTLY_ONE, description = "measured or"
                    + " claimed; default: the profile's")
            @OptionValues(provider = Completions.EVIDENCE) String evidence,
            @Option(longNames = "format", arity = EXACTLY_ONE, defaultValue = "table",
                    description = AdviceCommands.FORMAT)
            @OptionValues(provider = Completions.FORMATS) String format) {
        Format shown = Format.of(format);
        ProfileInput.Resolved resolved = input.resolve("breakeven", profile,
                evidenceOnly(evidence));
        Advice advice = advisor.advise(resolved.origin(), resolved.profile());
        Knowledge knowledge = advisor.knowledge().current();
        List<List<Tool>> stacks = new ArrayList<>();
        if (!ProfileOptions.blank(stack)) {
            stacks.add(knowledge.tools().require("option --stack", ids(stack)));
        }
        return AdviceRenderer.breakEven(BreakEven.of(resolved.profile(), knowledge, advice,
                stacks), shown);
    }

    private static ProfileChanges evidenceOnly(String evidence) {
        return ProfileOptions.changes(null, null, null, null, null, null, null, null,
                evidence, null);
    }

    private static List<String> ids(String commaList) {
        return Arrays.stream(commaList.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
    }
}
