package io.tokenstack.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of broken rule file is reported at the file and line a person must edit. */
class RuleProblemLocationTest {

    private static final KnowledgeLoader LOADER = new KnowledgeLoader();
    private static RuleSet shipped;

    @BeforeAll
    static void read() {
        shipped = LOADER.read(Path.of("rules"), Path.of("pricing/catalog.yaml"));
    }

    private static List<RuleProblem> problems(String file, String from, String to) {
        Map<String, String> files = new TreeMap<>(shipped.files());
        String pricing = shipped.pricingText();
        if (file.equals("pricing")) {
            assertThat(pricing).contains(from);
            pricing = pricing.replace(from, to);
        } else {
            assertThat(files.get(file)).contains(from);
            files.put(file, files.get(file).replace(from, to));
        }
        RuleSet edited = new RuleSet("rules", files, "pricing/catalog.yaml", pricing);
        try {
            LOADER.build(edited);
        } catch (KnowledgeBuildException e) {
            return e.problems();
        }
        throw new AssertionError("the edit was expected to break the build");
    }

    private static int lineOf(String file, String text) {
        String[] lines = shipped.files().get(file).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    @Test
    void drlSyntaxErrorHasFileLineAndColumn() {
        List<RuleProblem> problems = problems("batch.drl", "ProfileFacts( batchableShare == 0 )",
                "ProfileFacts( batchableShare == )");
        assertThat(problems).isNotEmpty();
        RuleProblem first = problems.get(0);
        assertThat(first.file()).isEqualTo("batch.drl");
        assertThat(first.line()).isEqualTo(lineOf("batch.drl", "batchableShare == 0 )"));
        assertThat(first.column()).isPositive();
    }

    @Test
    void unknownFactFieldIsReportedAtItsRule() {
        List<RuleProblem> problems = problems("reasoning.drl", "ModelFacts( reasoning )",
                "ModelFacts( reasonning )");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo("reasoning.drl");
        assertThat(problems.get(0).line())
                .isEqualTo(lineOf("reasoning.drl", "ModelFacts( reasoning )"));
        assertThat(problems.get(0).message()).contains("reasonning");
    }

    @Test
    void duplicateRuleNameAndMissingSentenceAreReportedAtTheRule() {
        List<RuleProblem> problems = problems("risks.drl", """
                rule "NegativeMeasuredEffectWarns"
                    @description("A tool whose independent measurement found more tokens, not\
                 fewer, is flagged: it can raise the bill.")""", """
                rule "HookBasedToolWarnsFragility\"""");
        assertThat(problems).extracting(RuleProblem::oneLine).anySatisfy(line ->
                assertThat(line).startsWith("risks.drl:"
                        + lineOf("risks.drl", "rule \"NegativeMeasuredEffectWarns\"")));
        assertThat(problems).extracting(RuleProblem::message)
                .anySatisfy(m -> assertThat(m).contains("HookBasedToolWarnsFragility"));
    }

    @Test
    void ruleWithoutASentenceIsReported() {
        List<RuleProblem> problems = problems("reasoning.drl", "    @description(\"On a"
                + " reasoning model, hidden reasoning tokens are billed as output and no output"
                + " compression reduces them.\")\n", "");
        assertThat(problems).extracting(RuleProblem::oneLine).containsExactly("reasoning.drl:"
                + lineOf("reasoning.drl", "rule \"ReasoningModelWarnsHiddenReasoningTokens\"")
                + ":0: rule \"ReasoningModelWarnsHiddenReasoningTokens\" has no"
                + " @description(\"...\"): say in one sentence what it decides");
    }

    @Test
    void badRatioInToolsYamlIsReportedAtItsLine() {
        List<RuleProblem> problems = problems("tools.yaml",
                "{on: output, ratio: 0.65, source: \"JuliusBrussee/caveman:README.md\"}",
                "{on: output, ratio: 6.5, source: \"JuliusBrussee/caveman:README.md\"}");
        assertThat(problems).extracting(RuleProblem::oneLine).containsExactly("tools.yaml:"
                + lineOf("tools.yaml", "{on: output, ratio: 0.65, source: \"JuliusBrussee/cav")
                + ":0: tools.caveman.claimed.effects[0].ratio: required, between -1 and 1"
                + " (a negative ratio adds tokens)");
    }

    @Test
    void unknownFieldInToolsYamlIsReportedAtItsLine() {
        List<RuleProblem> problems = problems("tools.yaml", "      minutesPerTeam: 10\n",
                "      minutesPerTeem: 10\n");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(lineOf("tools.yaml", "minutesPerTeam: 10"));
        assertThat(problems.get(0).message()).contains("minutesPerTeem");
    }

    @Test
    void toolsYamlThatIsNotYamlIsReportedWhereParsingStopped() {
        List<RuleProblem> problems = problems("tools.yaml", "exclusiveSlots: [shell-command-hook]",
                "exclusiveSlots: [shell-command-hook");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isGreaterThanOrEqualTo(
                lineOf("tools.yaml", "exclusiveSlots: [shell-command-hook]"));
        assertThat(problems.get(0).message()).startsWith("not valid YAML");
    }

    @Test
    void badPriceIsReportedAtTheModelsLine() {
        List<RuleProblem> problems = problems("pricing",
                "base: {input: 1.25, output: 10.00, source: article}",
                "base: {input: -1.25, output: 10.00, source: article}");
        assertThat(problems).hasSize(1);
        RuleProblem problem = problems.get(0);
        assertThat(problem.file()).isEqualTo("pricing/catalog.yaml");
        assertThat(problem.message()).startsWith("model 'gemini-2.5-pro': base.input:");
        String[] lines = shipped.pricingText().split("\n");
        assertThat(lines[problem.line() - 1]).contains("base: {input: 1.25");
    }

    @Test
    void problemsOfSeveralFilesAreAllReportedAtOnce() {
        Map<String, String> files = new TreeMap<>(shipped.files());
        files.put("batch.drl", files.get("batch.drl").replace("batchableShare == 0 )",
                "batchableShare == )"));
        files.put("tools.yaml", files.get("tools.yaml").replace("ratio: 0.65,", "ratio: 6.5,"));
        assertThatThrownBy(() -> LOADER.build(new RuleSet("rules", files, "p",
                shipped.pricingText())))
                .isInstanceOfSatisfying(KnowledgeBuildException.class, e ->
                        assertThat(e.problems()).extracting(RuleProblem::file)
                                .contains("batch.drl", "tools.yaml"));
    }
}
