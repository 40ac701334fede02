package io.tokenstack.advisor.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tokenstack.advisor.knowledge.KnowledgeBuildException;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.rules.RuleFolders;
import io.tokenstack.advisor.rules.RulesService;
import io.tokenstack.advisor.support.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules commands' answers and failures, called as the shell calls them. */
class RulesCommandsTest {

    @TempDir
    Path root;

    private Path rules;
    private RulesCommands commands;

    @BeforeEach
    void copyRules() {
        rules = RuleFolders.copy(root);
        commands = new RulesCommands(new RulesService(new KnowledgeHolder(rules,
                root.resolve("pricing/catalog.yaml"))), new ObjectMapper());
    }

    private void edit(String file, String from, String to) {
        RuleFolders.edit(rules.resolve(file), from, to);
    }

    private int lineOf(String file, String text) {
        return RuleFolders.lineOf(rules.resolve(file), text);
    }

    @Test
    void listShowsEveryRuleWithItsFileAndSentenceAsTableOrJson() throws IOException {
        String table = commands.list(null, null, "table");
        String[] lines = table.split("\n");
        assertThat(lines[0]).startsWith("RULE").contains("FILE", "MEANING");
        assertThat(table).containsPattern("StackNeverPayingBackIsRejected +breakeven\\.drl +A"
                + " stack whose monthly savings do not exceed its upkeep");

        JsonNode json = new ObjectMapper().readTree(commands.list(rules.toString(), null,
                "json"));
        assertThat(json.size()).isEqualTo(lines.length - 1);
        assertThat(json.get(0).fieldNames()).toIterable()
                .containsExactly("name", "file", "description");
        assertThatThrownBy(() -> commands.list(null, null, "yaml"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("--format: 'yaml' is not known; allowed: table, json");
    }

    @Test
    void validateSaysValidOrListsEveryProblemWithItsPath() {
        assertThat(commands.validate(rules.toString(), null)).matches("valid: \\d+ rules in 12"
                + " files, \\d+ scenarios readable, version [0-9a-f]{12} \\(folder .*, prices"
                + " .*pricing/catalog\\.yaml\\)");

        edit("batch.drl", "ProfileFacts( batchableShare == 0 )",
                "ProfileFacts( batchableShare == )");
        edit("tests/four-tiers.yaml", "  fired:", "  fird:");
        int fird = lineOf("tests/four-tiers.yaml", "fird:");
        assertThatThrownBy(() -> commands.validate(rules.toString(), null))
                .isInstanceOf(KnowledgeBuildException.class)
                .satisfies(e -> {
                    String[] lines = e.getMessage().split("\n");
                    assertThat(lines[0]).startsWith(rules.resolve("batch.drl") + ":25:36: ");
                    assertThat(e.getMessage()).contains(rules.resolve("tests/four-tiers.yaml")
                            + ":" + fird + ":0: expect.fird: unknown expectation");
                    assertThat(lines[lines.length - 1]).endsWith("; nothing was put in force");
                });
    }

    @Test
    void testReportsEachScenarioAndFailsWithTheDifferences() {
        String passed = commands.test(rules.toString(), null);
        assertThat(passed).contains("passed  tests/article-full-stack.yaml  article baseline")
                .containsPattern("(\\d+) of \\1 scenarios passed");

        edit("tests/sre-batch.yaml", "monthlySavingsUsd: {value: 147.44",
                "monthlySavingsUsd: {value: 147.00");
        int line = lineOf("tests/sre-batch.yaml", "147.00");
        assertThatThrownBy(() -> commands.test(rules.toString(), null))
                .isInstanceOf(KnowledgeBuildException.class)
                .hasMessageStartingWith(rules.resolve("tests/sre-batch.yaml") + ":" + line + ":0:"
                        + " top.monthlySavingsUsd: expected 147.00 ± 0.01, got 147.44"
                        + " (off by 0.44)")
                .hasMessageContaining("FAILED  tests/sre-batch.yaml")
                .hasMessageContaining("passed  tests/article-full-stack.yaml")
                .satisfies(e -> assertThat(e.getMessage()).containsPattern(
                        "\\n(\\d+) of (\\d+) scenarios passed .*$"));
    }

    @Test
    void reloadPutsTheFolderInForceAndRefusesABrokenOne() {
        assertThat(commands.reload()).matches("version [0-9a-f]{12} in force \\(\\d+ ms, \\d+"
                + " scenarios passed\\)");
        assertThat(commands.reload()).startsWith("unchanged: version ");
        edit("reasoning.drl", "ModelFacts( reasoning )", "ModelFacts( reasonning )");
        assertThatThrownBy(() -> commands.reload())
                .isInstanceOf(KnowledgeBuildException.class)
                .hasMessageStartingWith("reasoning.drl:13:0: Unable to Analyse Expression")
                .hasMessageEndingWith("stays in force");
    }
}
