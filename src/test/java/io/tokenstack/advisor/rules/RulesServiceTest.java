package io.tokenstack.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.knowledge.RuleProblem;
import io.tokenstack.advisor.rules.RulesService.ReloadOutcome;
import io.tokenstack.advisor.rules.RulesService.Status;
import io.tokenstack.advisor.support.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesServiceTest {

    @TempDir
    Path root;

    private Path rules;
    private RulesService service;

    @BeforeEach
    void copyRules() {
        rules = RuleFolders.copy(root);
        service = new RulesService(new KnowledgeHolder(rules,
                root.resolve("pricing/catalog.yaml")));
    }

    private static final String CAVEMAN_RATIO =
            "{on: output, ratio: 0.65, source: \"JuliusBrussee/caveman:README.md\"}";

    @Test
    void validFolderValidatesWithEveryRuleAndScenario() {
        RulesService.Validation validation = service.validate(rules, null);
        assertThat(validation.problems()).isEmpty();
        assertThat(validation.rules()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(validation.scenarios()).isGreaterThanOrEqualTo(15);
        assertThat(validation.source().pricingOrigin())
                .isEqualTo(root.resolve("pricing/catalog.yaml").toString());
    }

    @Test
    void brokenFolderReportsEveryProblemOfEveryFileAtOnce() {
        RuleFolders.edit(rules.resolve("batch.drl"), "batchableShare == 0 )",
                "batchableShare == )");
        RuleFolders.edit(rules.resolve("tools.yaml"), CAVEMAN_RATIO,
                CAVEMAN_RATIO.replace("0.65", "6.5"));
        RuleFolders.edit(rules.resolve("tests/four-tiers.yaml"), "  fired:", "  fird:");
        RuleFolders.edit(root.resolve("pricing/catalog.yaml"),
                "base: {input: 1.25, output: 10.00", "base: {input: -1.25, output: 10.00");

        RulesService.Validation validation = service.validate(rules, null);

        assertThat(validation.valid()).isFalse();
        assertThat(validation.problems()).extracting(RuleProblem::file).contains("batch.drl",
                "tools.yaml", "tests/four-tiers.yaml",
                root.resolve("pricing/catalog.yaml").toString());
        assertThat(validation.problems()).filteredOn(p -> p.file().equals("tools.yaml"))
                .extracting(RuleProblem::line)
                .containsExactly(RuleFolders.lineOf(rules.resolve("tools.yaml"), "ratio: 6.5"));
        assertThat(validation.problems()).filteredOn(p -> p.file().startsWith("tests/"))
                .extracting(RuleProblem::oneLine).containsExactly("tests/four-tiers.yaml:"
                        + RuleFolders.lineOf(rules.resolve("tests/four-tiers.yaml"), "fird:")
                        + ":0: expect.fird: unknown expectation; allowed: top, topContains,"
                        + " recommended, notRecommended, excluded, notExcluded, warned,"
                        + " notWarned, explained, fired, notFired, baseline");
        assertThat(RulesService.located(validation.source(), validation.problems()))
                .extracting(RuleProblem::file).contains(rules.resolve("batch.drl").toString());
    }

    @Test
    void missingFolderIsRefusedRatherThanReplacedByThePackagedRules() {
        assertThatThrownBy(() -> service.validate(root.resolve("nowhere"), null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("nowhere: is not a folder");
    }

    @Test
    void failingScenarioIsReportedWithItsDifference() {
        RuleFolders.edit(rules.resolve("tools.yaml"), CAVEMAN_RATIO,
                CAVEMAN_RATIO.replace("0.65", "0.60"));
        RulesService.TestRun run = service.test(rules, null);
        assertThat(run.failed()).extracting(ScenarioResult::name)
                .contains("article-full-stack", "individual-typical-coding");
        Path scenario = rules.resolve("tests/article-full-stack.yaml");
        assertThat(run.failed()).filteredOn(r -> r.name().equals("article-full-stack"))
                .flatExtracting(ScenarioResult::problems).extracting(RuleProblem::oneLine)
                .contains("tests/article-full-stack.yaml:"
                        + RuleFolders.lineOf(scenario, "    monthlySavingsUsd: {value: 85.22")
                        + ":0: top.monthlySavingsUsd: expected 85.22 ± 0.01, got 83.16"
                        + " (off by -2.06)");
    }

    @Test
    void reloadSwapsOnlyWhatBuildsAndPasses() {
        KnowledgeHolder holder = service.holder();
        ReloadOutcome first = service.reload();
        assertThat(first.status()).isEqualTo(Status.SWAPPED);
        assertThat(service.reload().status()).isEqualTo(Status.UNCHANGED);

        RuleFolders.edit(rules.resolve("tools.yaml"), CAVEMAN_RATIO,
                CAVEMAN_RATIO.replace("0.65", "0.60"));
        ReloadOutcome failing = service.reload();
        assertThat(failing.status()).isEqualTo(Status.REJECTED);
        assertThat(failing.problems()).extracting(RuleProblem::file)
                .contains("tests/article-full-stack.yaml");
        assertThat(holder.current().version()).isEqualTo(first.version());
        assertThat(holder.lastAttempt().succeeded()).isFalse();
        assertThat(holder.lastAttempt().version()).isEqualTo(failing.version());

        RuleFolders.edit(rules.resolve("tools.yaml"), CAVEMAN_RATIO.replace("0.65", "0.60"),
                CAVEMAN_RATIO);
        RuleFolders.edit(rules.resolve("priority.drl"), "is P1: adopt it now.",
                "is P1: adopt it today.");
        ReloadOutcome fixed = service.reload();
        assertThat(fixed.status()).isEqualTo(Status.SWAPPED);
        assertThat(fixed.previousVersion()).isEqualTo(first.version());
        assertThat(holder.current().version()).isEqualTo(fixed.version())
                .isNotEqualTo(first.version());
        assertThat(holder.current().rule("PaybackWithinAWeekIsP1").orElseThrow().description())
                .endsWith("adopt it today.");
        assertThat(holder.lastAttempt().succeeded()).isTrue();
    }

    @Test
    void vanishedFolderKeepsItsVersionInsteadOfFallingBackToThePackagedRules()
            throws IOException {
        String version = service.reload().version();
        Path moved = root.resolve("moved");
        Files.move(rules, moved);

        ReloadOutcome outcome = service.reload();

        assertThat(outcome.status()).isEqualTo(Status.REJECTED);
        assertThat(outcome.problems().get(0).message()).startsWith("the rules folder is gone");
        assertThat(service.holder().current().version()).isEqualTo(version);
        Files.move(moved, rules);
        assertThat(service.reload().status()).isEqualTo(Status.UNCHANGED);
    }

    @Test
    void exportWritesThePackagedRulesAndPricesBesideAndNeverOverwrites() throws IOException {
        Path target = root.resolve("edit/rules");
        List<Path> written = service.export(target);

        assertThat(written).contains(target.resolve("tools.yaml"),
                target.resolve("tests/article-full-stack.yaml"),
                root.resolve("edit/pricing/catalog.yaml"));
        assertThat(Files.readString(target.resolve("batch.drl")))
                .isEqualTo(Files.readString(Path.of("rules/batch.drl")));
        assertThat(service.validate(target, null).source().pricingOrigin())
                .isEqualTo(root.resolve("edit/pricing/catalog.yaml").toString());

        Files.writeString(target.resolve("batch.drl"), "// mine");
        Files.delete(target.resolve("tools.yaml"));
        assertThatThrownBy(() -> service.export(target))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("files to write exist already")
                .hasMessageContaining("nothing was written");
        assertThat(target.resolve("tools.yaml")).doesNotExist();
        assertThat(Files.readString(target.resolve("batch.drl"))).isEqualTo("// mine");
    }
}
