import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.knowledge.RuleSet;
import io.tokenstack.advisor.rules.RulesService;
import io.tokenstack.advisor.rules.ScenarioRunner;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times the knowledge base rebuild in a warm JVM, the way a reload does it: read the rules
 * folder and price file, compile, then run the scenarios; and a full reload (all three plus
 * the swap) alternating between two versions so that every reload really swaps.
 *
 * Usage: java -cp CLASSPATH bench/RebuildTiming.java RULES_DIR PRICING_FILE [ROUNDS]
 */
public class RebuildTiming {

    private static final int WARM_UP = 25;

    public static void main(String[] args) throws Exception {
        Path rules = Path.of(args[0]);
        Path pricing = Path.of(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        KnowledgeLoader loader = new KnowledgeLoader();
        ScenarioRunner runner = new ScenarioRunner();

        long coldStart = System.nanoTime();
        RuleSet first = loader.read(rules, pricing);
        loader.build(first);
        double cold = millis(coldStart);

        // The JIT keeps improving the compiler for a couple of dozen builds; a service that
        // reloads has long passed that point, so the timed rounds start after it.
        for (int i = 0; i < WARM_UP; i++) {
            runner.run(first, loader.build(loader.read(rules, pricing)));
        }
        List<Double> read = new ArrayList<>();
        List<Double> compile = new ArrayList<>();
        List<Double> scenarios = new ArrayList<>();
        int scenarioCount = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            RuleSet set = loader.read(rules, pricing);
            long t1 = System.nanoTime();
            Knowledge built = loader.build(set);
            long t2 = System.nanoTime();
            scenarioCount = runner.run(set, built).size();
            long t3 = System.nanoTime();
            read.add((t1 - t0) / 1e6);
            compile.add((t2 - t1) / 1e6);
            scenarios.add((t3 - t2) / 1e6);
        }

        // Full reloads through the service, flipping a sentence so each one swaps.
        Path copy = Files.createTempDirectory("rebuild-timing");
        copyTree(rules, copy.resolve("rules"));
        Path drl = copy.resolve("rules/priority.drl");
        String original = Files.readString(drl);
        RulesService service = new RulesService(new KnowledgeHolder(copy.resolve("rules"),
                pricing));
        service.reload();
        long heapBefore = usedHeapAfterGc();
        List<Double> reloads = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Files.writeString(drl, i % 2 == 0 ? original.replace("adopt it now.",
                    "adopt it now!") : original);
            RulesService.ReloadOutcome outcome = service.reload();
            if (outcome.status() != RulesService.Status.SWAPPED) {
                throw new IllegalStateException("reload " + i + " did not swap: " + outcome);
            }
            reloads.add(outcome.took().toNanos() / 1e6);
        }
        long heapAfter = usedHeapAfterGc();

        System.out.printf(Locale.ROOT, "rules %s, %d timed rounds after %d warm-up builds, %d"
                + " scenarios, %d cores, %s%n", rules, rounds, WARM_UP, scenarioCount,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
        System.out.printf(Locale.ROOT, "first build in this JVM   %8.1f ms%n", cold);
        report("read files", read);
        report("compile (rebuild)", compile);
        report("read + compile", sum(read, compile));
        report("run scenarios", scenarios);
        report("full reload + swap", reloads);
        System.out.printf(Locale.ROOT, "used heap after GC: %.1f MB before, %.1f MB after %d"
                + " reloads%n", heapBefore / 1048576.0, heapAfter / 1048576.0, rounds);
    }

    private static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage()
                    .getUsed());
        }
        return used;
    }

    private static List<Double> sum(List<Double> a, List<Double> b) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(a.get(i) + b.get(i));
        }
        return out;
    }

    private static void report(String what, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.printf(Locale.ROOT, "%-24s median %7.1f ms  min %7.1f  max %7.1f%n", what,
                median, sorted.get(0), sorted.get(sorted.size() - 1));
    }

    private static double millis(long since) {
        return (System.nanoTime() - since) / 1e6;
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
