package io.tokenstack.advisor.shell;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenstack.advisor.knowledge.KnowledgeBuildException;
import io.tokenstack.advisor.knowledge.RuleInfo;
import io.tokenstack.advisor.knowledge.RuleProblem;
import io.tokenstack.advisor.knowledge.RuleSet;
import io.tokenstack.advisor.rules.RulesService;
import io.tokenstack.advisor.rules.RulesService.ReloadOutcome;
import io.tokenstack.advisor.rules.RulesService.Status;
import io.tokenstack.advisor.rules.RulesService.TestRun;
import io.tokenstack.advisor.rules.RulesService.Validation;
import io.tokenstack.advisor.rules.ScenarioResult;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.shell.command.CommandRegistration.OptionArity;
import org.springframework.shell.command.annotation.Command;
import org.springframework.shell.command.annotation.Option;

/**
 * {@code rules list | validate | test | reload | export}: reviewing and changing the rule
 * files. Failures throw {@link KnowledgeBuildException} or {@link InvalidInputException}
 * with every located problem in the message, which the shell turns into exit status 2.
 */
@Command(command = "rules", group = "Rules")
class RulesCommands {

    private final RulesService rules;
    private final ObjectMapper json;

    RulesCommands(RulesService rules, ObjectMapper json) {
        this.rules = rules;
        this.json = json;
    }

    @Command(command = "list", description = "Every rule: its name, file and meaning.")
    String list(
            @Option(longNames = "rules", description = "rules folder (default: the one in force)")
            String rulesDir,
            @Option(longNames = "pricing", description = "price catalog for --rules")
            String pricing,
            @Option(longNames = "format", defaultValue = "table",
                    description = "table or json") String format) {
        List<RuleInfo> list = rules.list(path(rulesDir), path(pricing));
        if (json(format)) {
            return write(list);
        }
        int width = list.stream().mapToInt(r -> r.name().length()).max().orElse(4);
        int fileWidth = list.stream().mapToInt(r -> r.file().length()).max().orElse(4);
        String row = "%-" + width + "s  %-" + fileWidth + "s  %s";
        StringBuilder out = new StringBuilder(String.format(row, "RULE", "FILE", "MEANING"));
        list.forEach(r -> out.append('\n')
                .append(String.format(row, r.name(), r.file(), r.description())));
        return out.toString();
    }

    @Command(command = "validate", description = "Build a rules folder without using it;"
            + " list every problem as file:line:column: message.")
    String validate(
            @Option(longNames = "rules", arity = OptionArity.ZERO_OR_ONE,
                    description = "rules folder (default: the one in force)") String rulesDir,
            @Option(longNames = "pricing", description = "price catalog (default: beside the"
                    + " folder, else the configured one)") String pricing) {
        Validation validation = rules.validate(path(rulesDir), path(pricing));
        if (!validation.valid()) {
            throw new KnowledgeBuildException(RulesService.located(validation.source(),
                    validation.problems()), validation.problems().size() + " problem(s) in "
                    + where(validation.source()) + "; nothing was put in force");
        }
        long files = validation.rules().stream().map(RuleInfo::file).distinct().count();
        return "valid: " + validation.rules().size() + " rules in " + files + " files, "
                + validation.scenarios() + " scenarios readable, version "
                + validation.source().version() + " (" + where(validation.source())
                + ", prices " + validation.source().pricingOrigin() + ")";
    }

    @Command(command = "test", description = "Run the scenarios in the folder's tests/ and"
            + " report each as passed or failed with the difference.")
    String test(
            @Option(longNames = "rules", arity = OptionArity.ZERO_OR_ONE,
                    description = "rules folder (default: the one in force)") String rulesDir,
            @Option(longNames = "pricing", description = "price catalog (default: beside the"
                    + " folder, else the configured one)") String pricing) {
        TestRun run = rules.test(path(rulesDir), path(pricing));
        String report = run.results().stream().map(r -> (r.passed() ? "passed  " : "FAILED  ")
                + r.file() + (r.description().isEmpty() ? "" : "  " + r.description()))
                .collect(Collectors.joining("\n"));
        List<ScenarioResult> failed = run.failed();
        String summary = (run.results().size() - failed.size()) + " of " + run.results().size()
                + " scenarios passed (" + where(run.source()) + ", version "
                + run.source().version() + ")";
        if (run.results().isEmpty()) {
            throw new InvalidInputException(new InputProblem(run.source().origin(), "tests",
                    "holds no scenarios (YAML files under tests/)"));
        }
        if (!failed.isEmpty()) {
            List<RuleProblem> problems = failed.stream().flatMap(r -> r.problems().stream())
                    .toList();
            throw new KnowledgeBuildException(RulesService.located(run.source(), problems),
                    report + "\n" + summary);
        }
        return report + "\n" + summary;
    }

    @Command(command = "reload", description = "Rebuild the rules folder in force, run its"
            + " scenarios, and put it in force only if both succeed.")
    String reload() {
        ReloadOutcome outcome = rules.reload();
        if (outcome.status() == Status.REJECTED) {
            throw new KnowledgeBuildException(outcome.problems(), "not reloaded: version "
                    + outcome.previousVersion() + " stays in force");
        }
        String took = " (" + outcome.took().toMillis() + " ms, " + outcome.scenarios()
                + " scenarios passed)";
        if (outcome.status() == Status.UNCHANGED) {
            return "unchanged: version " + outcome.version() + " stays in force" + took;
        }
        return "version " + outcome.version() + " in force" + (outcome.previousVersion() == null
                ? "" : ", was " + outcome.previousVersion()) + took;
    }

    @Command(command = "export", description = "Write the packaged rules into DIR and the"
            + " packaged prices into pricing/catalog.yaml beside it; never overwrites.")
    String export(@Option(longNames = "dir", required = true, description = "target folder")
            String dir) {
        List<Path> written = rules.export(Path.of(dir));
        return "wrote " + written.size() + " files:\n" + written.stream().map(Path::toString)
                .collect(Collectors.joining("\n"));
    }

    private static String where(RuleSet source) {
        return source.isPackaged() ? "the rules packaged in the jar" : "folder " + source.origin();
    }

    private static Path path(String text) {
        return text == null || text.isBlank() ? null : Path.of(text);
    }

    private static boolean json(String format) {
        if (!"table".equals(format) && !"json".equals(format)) {
            throw new InvalidInputException(new InputProblem("--format", null,
                    "'" + format + "' is not known; allowed: table, json"));
        }
        return "json".equals(format);
    }

    private String write(Object value) {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rule descriptions always serialise", e);
        }
    }
}
