package io.tokenstack.advisor.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tokenstack.advisor.fixtures.Shipped;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ToolCatalogReaderTest {

    private final ToolCatalogReader reader = new ToolCatalogReader();

    /** Advice lists a tool's agents; the list must read the same on every run. */
    @Test
    void agentsKeepTheirFileOrder() {
        Tool rtk = Shipped.tool("rtk");

        assertThat(List.copyOf(rtk.agents().keySet()))
                .containsExactly("claude-code", "cursor", "copilot", "gemini-cli", "codex");
        assertThat(List.copyOf(Shipped.tool("headroom").agents().keySet()))
                .containsExactly("claude-code", "codex", "gemini-cli", "aider", "api", "other");
    }

    @Test
    void shippedToolsAreTheIssuesSevenInFileOrder() {
        assertThat(Shipped.tools().all()).extracting(Tool::id).containsExactly("rtk", "caveman",
                "caveman-compress", "headroom", "lean-ctx", "caveman-proxy", "cavegemma");
    }

    @Test
    void misspelledFieldNamesTheToolAndTheField() {
        String text = """
                tools:
                  - id: rtk
                    claimed: {source: readme, effects: []}
                    setup: {minutesPerDeveloper: 5}
                    licence: MIT
                    exclusiveSlot: [shell-command-hook]
                """;

        assertThatThrownBy(() -> reader.read("tools.yaml", text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    InputProblem problem = e.problems().get(0);
                    assertThat(problem.field()).isEqualTo("tools[0].exclusiveSlot");
                    assertThat(problem.message()).startsWith("unknown field 'exclusiveSlot'");
                });
    }

    @Test
    void ratioOutsideMinusOneToOneIsRefused() {
        String text = """
                tools:
                  - id: rtk
                    claimed:
                      source: readme
                      effects: [{on: shellOutput, ratio: 1.5, source: readme}]
                    setup: {minutesPerDeveloper: 5}
                """;

        assertThatThrownBy(() -> reader.read("tools.yaml", text))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                        e.problems()).containsExactly(new InputProblem("tools.yaml",
                                "tools.rtk.claimed.effects[0].ratio",
                                "required, between -1 and 1 (a negative ratio adds tokens)")));
    }
}
