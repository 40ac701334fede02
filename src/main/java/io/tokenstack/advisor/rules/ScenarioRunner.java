package io.tokenstack.advisor.rules;

import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.advice.Advisor;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.RuleProblem;
import io.tokenstack.advisor.knowledge.RuleSet;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.profile.ProfileValidator;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.JsonPaths;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the scenarios of a rule set against a knowledge base built from it: each scenario's
 * profile is advised on and the advice compared with what the scenario expects.
 */
public final class ScenarioRunner {

    private final Advisor advisor = new Advisor();
    private final ProfileValidator validator = new ProfileValidator();

    /** Runs every scenario of {@code set} on {@code knowledge}, in file order. */
    public List<ScenarioResult> run(RuleSet set, Knowledge knowledge) {
        List<ScenarioResult> results = new ArrayList<>();
        ScenarioReader reader = new ScenarioReader(folderOf(set));
        for (Map.Entry<String, String> file : set.scenarioFiles().entrySet()) {
            results.add(run(reader.read(file.getKey(), file.getValue()), file.getKey(),
                    knowledge));
        }
        return results;
    }

    /**
     * Reads every scenario without running it: the file's shape, its profile, and the
     * profile's model ids when {@code prices} could be read (null when they could not).
     */
    public List<ScenarioResult> check(RuleSet set, PriceCatalog prices) {
        List<ScenarioResult> results = new ArrayList<>();
        ScenarioReader reader = new ScenarioReader(folderOf(set));
        for (Map.Entry<String, String> file : set.scenarioFiles().entrySet()) {
            ScenarioReader.Parsed parsed = reader.read(file.getKey(), file.getValue());
            List<RuleProblem> problems = new ArrayList<>(parsed.problems());
            if (parsed.scenario() != null && prices != null) {
                problems.addAll(profileProblems(parsed.scenario(), prices));
            }
            results.add(new ScenarioResult(file.getKey(), ScenarioReader.baseName(file.getKey()),
                    parsed.scenario() == null ? "" : parsed.scenario().description(), problems));
        }
        return results;
    }

    private ScenarioResult run(ScenarioReader.Parsed parsed, String file, Knowledge knowledge) {
        Scenario scenario = parsed.scenario();
        if (scenario == null) {
            return new ScenarioResult(file, ScenarioReader.baseName(file), "", parsed.problems());
        }
        List<RuleProblem> problems = new ArrayList<>(profileProblems(scenario,
                knowledge.prices()));
        if (!problems.isEmpty()) {
            return new ScenarioResult(file, scenario.name(), scenario.description(), problems);
        }
        Advice advice;
        try {
            advice = advisor.advise(scenario.profile(), knowledge);
        } catch (RuntimeException e) {
            // A rule whose action throws (a null in an edited sentence) fails here, not in
            // front of a user: the reload that carries it is refused.
            problems.add(new RuleProblem(file, scenario.lines().lineOf("profile"), 0,
                    "advising on this profile failed: " + JsonPaths.firstLine(e.getMessage())));
            return new ScenarioResult(file, scenario.name(), scenario.description(), problems);
        }
        ScenarioCheck.compare(scenario.expect(), advice, knowledge, (path, message) ->
                problems.add(new RuleProblem(file, scenario.lines().lineOf("expect." + path),
                        0, path + ": " + message)));
        return new ScenarioResult(file, scenario.name(), scenario.description(), problems);
    }

    private List<RuleProblem> profileProblems(Scenario scenario, PriceCatalog prices) {
        List<RuleProblem> problems = new ArrayList<>();
        for (InputProblem p : validator.validate(scenario.file(), scenario.profile(), prices)) {
            problems.add(new RuleProblem(scenario.file(),
                    ScenarioReader.lineOfField(scenario.lines(), p.field()), 0,
                    "profile" + (p.field() == null ? "" : "." + p.field()) + ": "
                            + p.message()));
        }
        return problems;
    }

    private static Path folderOf(RuleSet set) {
        return set.isPackaged() ? null : Path.of(set.origin());
    }
}
