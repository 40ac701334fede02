package io.tokenstack.advisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.rules.RulesService.Status;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hundred reloads that each put a new knowledge base in force leave used heap flat: the
 * compiler keeps nothing between builds (no KieRepository, no module per build), and the
 * replaced knowledge base is collectable once its last request ends.
 */
class ReloadMemoryTest {

    private static final int RELOADS = 100;
    /**
     * A knowledge base kept alive holds about 0.7 MB (measured by keeping ten), so keeping one
     * per reload would add about 70 MB here; a flat heap moves by well under a megabyte.
     */
    private static final long ALLOWED_GROWTH = 24L * 1024 * 1024;

    @TempDir
    Path root;

    @Test
    void hundredReloadsLeaveUsedHeapFlat() throws IOException {
        Path rules = RuleFolders.copy(root);
        // One scenario keeps each reload's test step honest without making this test slow;
        // the heap question is about the compiled rules, not the scenarios.
        try (Stream<Path> scenarios = Files.list(rules.resolve("tests"))) {
            for (Path scenario : scenarios.toList()) {
                if (!scenario.getFileName().toString().equals("article-full-stack.yaml")) {
                    Files.delete(scenario);
                }
            }
        }
        RulesService service = new RulesService(new KnowledgeHolder(rules,
                root.resolve("pricing/catalog.yaml")));
        Path priority = rules.resolve("priority.drl");
        String original = Files.readString(priority);
        String edited = original.replace("adopt it now.", "adopt it now!");

        for (int i = 0; i < 10; i++) {
            reloadWith(service, priority, i % 2 == 0 ? edited : original);
        }
        long before = usedHeapAfterGc();
        for (int i = 0; i < RELOADS; i++) {
            reloadWith(service, priority, i % 2 == 0 ? edited : original);
        }
        long after = usedHeapAfterGc();
        // Printed for BENCHMARKS.md; the assertion below is what guards it.
        System.out.printf("used heap after GC: %.1f MB before, %.1f MB after %d reloads%n",
                before / 1048576.0, after / 1048576.0, RELOADS);

        assertThat(after - before).as("used heap %d MB before, %d MB after %d reloads",
                before >> 20, after >> 20, RELOADS).isLessThan(ALLOWED_GROWTH);
    }

    private static void reloadWith(RulesService service, Path file, String text)
            throws IOException {
        Files.writeString(file, text);
        assertThat(service.reload().status()).isEqualTo(Status.SWAPPED);
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        // Several collections, keeping the lowest reading: one may run before finalisable
        // objects from the last build are released.
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
