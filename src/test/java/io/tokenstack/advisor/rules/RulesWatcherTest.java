package io.tokenstack.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The polling fallback, for file systems without change events: a changed price file is
 * noticed from its size and time, and what goes in force is the last of a burst of saves.
 */
class RulesWatcherTest {

    @TempDir
    Path root;

    @Test
    void pollingPicksUpThePriceFilesLastSave() {
        Path rules = RuleFolders.copy(root);
        Path pricing = root.resolve("pricing/catalog.yaml");
        KnowledgeHolder holder = new KnowledgeHolder(rules, pricing);
        RulesService service = new RulesService(holder);
        RulesWatcher watcher = new RulesWatcher(service, Duration.ofMillis(300),
                Duration.ofMillis(200), true);
        watcher.start();
        try {
            assertThat(watcher.mode()).isEqualTo("polling");
            await().atMost(Duration.ofSeconds(90)).until(() -> service.lastReload().isPresent());
            String before = holder.current().version();
            RulesService.ReloadOutcome startUp = service.lastReload().orElseThrow();

            for (int i = 1; i <= 3; i++) {
                RuleFolders.edit(pricing, i == 1 ? "name: Claude Opus 4.8\n"
                        : "name: Claude Opus 4.8 (edit " + (i - 1) + ")\n",
                        "name: Claude Opus 4.8 (edit " + i + ")\n");
            }
            await().atMost(Duration.ofSeconds(30)).until(() ->
                    !holder.current().version().equals(before));
            Knowledge now = holder.current();
            assertThat(now.prices().find("claude-opus-4-8").orElseThrow().name())
                    .isEqualTo("Claude Opus 4.8 (edit 3)");
            assertThat(service.lastReload().orElseThrow()).isNotSameAs(startUp);
        } finally {
            watcher.stop();
        }
        assertThat(watcher.isRunning()).isFalse();
    }
}
