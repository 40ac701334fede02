package io.tokenstack.advisor.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.knowledge.KnowledgeBuildException;
import io.tokenstack.advisor.knowledge.RuleProblem;
import io.tokenstack.advisor.pricing.CatalogException;
import io.tokenstack.advisor.pricing.CatalogProblem;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.shell.command.CommandExecution.CommandExecutionException;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.shell.command.CommandParser.CommandParserException;

class CommandFailureTest {

    @Test
    void inputTheUserCanFixExitsTwoWithItsOwnMessage() {
        CommandFailure failure = CommandFailure.of(new CommandExecutionException(
                new InvalidInputException(new InputProblem("p.yaml", "team.developers",
                        "0 is out of range"))), "log");

        assertThat(failure.exitCode()).isEqualTo(2);
        assertThat(failure.message()).isEqualTo("p.yaml: team.developers: 0 is out of range");
    }

    @Test
    void rulesThatDoNotBuildAreTheUsersToFixAndNameTheFirstProblem() {
        CommandFailure failure = CommandFailure.of(new KnowledgeBuildException(List.of(
                new RuleProblem("a.drl", 5, 35, "no viable alternative"),
                new RuleProblem("b.drl", 1, 0, "other"))), null);

        assertThat(failure.exitCode()).isEqualTo(2);
        assertThat(failure.message()).isEqualTo("the rules do not build: a.drl:5:35: no viable"
                + " alternative (and 1 more problems)");
    }

    @Test
    void aCatalogWithSeveralProblemsStaysOnOneLine() {
        CommandFailure failure = CommandFailure.of(new CatalogException(List.of(
                new CatalogProblem("c.yaml", "m", "base.input", "negative"),
                new CatalogProblem("c.yaml", "n", null, "duplicate id"))), null);

        assertThat(failure.exitCode()).isEqualTo(2);
        assertThat(failure.message()).doesNotContain("\n").contains("negative")
                .contains("duplicate id");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandFailure failure = CommandFailure.of(new CommandParserExceptionsException("x",
                List.of(new CommandParserException("2000E:(pos 0): Unrecognised option"
                        + " '--bogus'"))), null);

        assertThat(failure.exitCode()).isEqualTo(2);
        assertThat(failure.message()).isEqualTo("Unrecognised option '--bogus'");
    }

    @Test
    void anythingElseIsOursExitsOneAndPointsAtTheLog() {
        CommandFailure failure = CommandFailure.of(new CommandExecutionException(
                new IllegalStateException("boom\nsecond line")), "/home/u/advisor.log");

        assertThat(failure.exitCode()).isEqualTo(1);
        assertThat(failure.message()).isEqualTo(
                "failed: boom; second line (details in /home/u/advisor.log)");
    }
}
