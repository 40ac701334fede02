package io.tokenstack.advisor.rules;

import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeBuildException;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.knowledge.RuleInfo;
import io.tokenstack.advisor.knowledge.RuleProblem;
import io.tokenstack.advisor.knowledge.RuleSet;
import io.tokenstack.advisor.pricing.CatalogException;
import io.tokenstack.advisor.pricing.CatalogLoader;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a policy owner does with the rule files: list them, validate a folder without using
 * it, run its scenarios, reload the folder in force (only a version that builds and passes its
 * scenarios replaces the one serving), and export the packaged rules for editing.
 *
 * <p>A folder given explicitly must exist; only the configured folder falls back to the rules
 * packaged in the jar. Prices for an explicit folder come from {@code --pricing}, else from a
 * {@code pricing/catalog.yaml} beside the folder (the layout {@code rules export} writes), else
 * from the configured price file.
 */
public class RulesService {

    private static final Logger LOG = LoggerFactory.getLogger(RulesService.class);
    static final String PRICING_BESIDE = "pricing/" + CatalogLoader.FILE_NAME;

    /** A rule set read, built and checked without being put in force. */
    public record Validation(RuleSet source, List<RuleInfo> rules, int scenarios,
            List<RuleProblem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public record TestRun(RuleSet source, List<ScenarioResult> results) {
        public List<ScenarioResult> failed() {
            return results.stream().filter(r -> !r.passed()).toList();
        }
    }

    public enum Status { SWAPPED, UNCHANGED, REJECTED }

    /** What a reload did; {@code problems} is empty unless it was rejected. */
    public record ReloadOutcome(Status status, String version, String previousVersion,
            int scenarios, List<RuleProblem> problems, Duration took) {
    }

    private final KnowledgeHolder holder;
    private final KnowledgeLoader loader;
    private final ScenarioRunner runner = new ScenarioRunner();
    private final AtomicReference<ReloadOutcome> lastReload = new AtomicReference<>();

    public RulesService(KnowledgeHolder holder) {
        this.holder = holder;
        this.loader = holder.loader();
    }

    public KnowledgeHolder holder() {
        return holder;
    }

    /** The rules in force, or those of {@code rulesDir} when given. */
    public List<RuleInfo> list(Path rulesDir, Path pricing) {
        if (rulesDir == null) {
            return holder.current().rules();
        }
        return loader.build(read(rulesDir, pricing)).rules();
    }

    /** The rule files of {@code rulesDir} (the configured folder when null), as they are now. */
    public RuleSet read(Path rulesDir, Path pricing) {
        if (pricing != null && !Files.isRegularFile(pricing)) {
            throw new InvalidInputException(new InputProblem(pricing.toString(), null,
                    "no such price catalog file"));
        }
        if (rulesDir == null) {
            return loader.read(holder.rulesFolder(), pricing != null ? pricing
                    : holder.pricingFile());
        }
        if (!Files.isDirectory(rulesDir)) {
            throw new InvalidInputException(new InputProblem(rulesDir.toString(), null,
                    "is not a folder; give a rules folder (rules export DIR writes one)"));
        }
        return loader.read(rulesDir, pricing != null ? pricing : pricingFor(rulesDir));
    }

    private Path pricingFor(Path rulesDir) {
        Path parent = rulesDir.toAbsolutePath().normalize().getParent();
        Path beside = parent == null ? null : parent.resolve(PRICING_BESIDE);
        return beside != null && Files.isRegularFile(beside) ? beside : holder.pricingFile();
    }

    /** Builds without putting in force: every problem of the DRL, data files and scenarios. */
    public Validation validate(Path rulesDir, Path pricing) {
        RuleSet set = read(rulesDir, pricing);
        List<RuleProblem> problems = new ArrayList<>();
        List<RuleInfo> rules = List.of();
        PriceCatalog prices = null;
        try {
            Knowledge built = loader.build(set);
            rules = built.rules();
            prices = built.prices();
        } catch (KnowledgeBuildException e) {
            problems.addAll(e.problems());
            prices = pricesIfReadable(set);
        }
        List<ScenarioResult> scenarios = runner.check(set, prices);
        scenarios.forEach(s -> problems.addAll(s.problems()));
        return new Validation(set, rules, scenarios.size(), problems);
    }

    private static PriceCatalog pricesIfReadable(RuleSet set) {
        try {
            return new CatalogLoader().parse(set.pricingText(), set.pricingOrigin(), false)
                    .catalog();
        } catch (CatalogException e) {
            return null;
        }
    }

    /** Builds and runs the scenarios; throws when the rules do not build. */
    public TestRun test(Path rulesDir, Path pricing) {
        RuleSet set = read(rulesDir, pricing);
        Knowledge built = loader.build(set);
        return new TestRun(set, runner.run(set, built));
    }

    /**
     * Rebuilds the configured folder and runs its scenarios; puts the result in force only
     * when both succeed. Otherwise the version in force keeps serving and the attempt's
     * problems are recorded for the rules endpoint and the health details.
     */
    public synchronized ReloadOutcome reload() {
        long started = System.nanoTime();
        String previous = holder.loaded().map(Knowledge::version).orElse(null);
        boolean servingAFolder = holder.loaded().map(k -> !k.source().isPackaged())
                .orElse(false);
        if (servingAFolder && !Files.isDirectory(holder.rulesFolder())) {
            // Falling back to the packaged rules suits a start without a folder, not a folder
            // that vanished under a running service (a checkout, a slip of rm).
            return rejected(null, previous, 0, List.of(new RuleProblem(
                    holder.rulesFolder().toString(), 0, 0, "the rules folder is gone; the"
                            + " version read from it keeps serving until it is back")), started);
        }
        RuleSet set;
        try {
            set = read(null, null);
        } catch (RuntimeException e) {
            // A folder half-deleted by an editor or a checkout reads as an I/O failure.
            List<RuleProblem> problems = List.of(new RuleProblem(
                    String.valueOf(holder.rulesFolder()), 0, 0,
                    "cannot be read: " + e.getMessage()));
            return rejected(null, previous, 0, problems, started);
        }
        Knowledge built;
        try {
            built = loader.build(set);
        } catch (KnowledgeBuildException e) {
            return rejected(set.version(), previous, 0, e.problems(), started);
        }
        List<ScenarioResult> results = runner.run(set, built);
        List<RuleProblem> failures = results.stream().flatMap(r -> r.problems().stream())
                .toList();
        if (!failures.isEmpty()) {
            return rejected(set.version(), previous, results.size(), failures, started);
        }
        holder.recordSuccess(built.version());
        Status status = built.version().equals(previous) ? Status.UNCHANGED : Status.SWAPPED;
        if (status == Status.SWAPPED) {
            holder.swap(built);
        }
        ReloadOutcome outcome = remember(new ReloadOutcome(status, built.version(), previous,
                results.size(), List.of(), since(started)));
        LOG.info("Rules from {} {}: version {} (was {}), {} rules, {} scenarios passed, {} ms",
                set.origin(), status == Status.SWAPPED ? "in force" : "unchanged",
                built.version(), previous, built.rules().size(), results.size(),
                outcome.took().toMillis());
        return outcome;
    }

    private ReloadOutcome rejected(String version, String previous, int scenarios,
            List<RuleProblem> problems, long started) {
        holder.recordFailure(version, problems);
        ReloadOutcome outcome = remember(new ReloadOutcome(Status.REJECTED, version, previous,
                scenarios, problems, since(started)));
        LOG.warn("Rules not reloaded, version {} keeps serving ({} ms); {} problem(s):\n{}",
                previous, outcome.took().toMillis(), problems.size(), String.join("\n",
                        problems.stream().map(RuleProblem::oneLine).toList()));
        return outcome;
    }

    private ReloadOutcome remember(ReloadOutcome outcome) {
        lastReload.set(outcome);
        return outcome;
    }

    /**
     * The rules in force and the last attempt. With {@code build}, a knowledge base not yet
     * built is built first; a failure then shows as the last attempt, never as an exception.
     */
    public RulesStatus status(boolean build) {
        if (build && !holder.isLoaded()) {
            try {
                holder.current();
            } catch (KnowledgeBuildException e) {
                // recorded by the holder as its last attempt, which the status shows
            }
        }
        return RulesStatus.of(holder);
    }

    public Optional<ReloadOutcome> lastReload() {
        return Optional.ofNullable(lastReload.get());
    }

    /**
     * Checks the knowledge base in force against its scenarios without replacing it, as a
     * service does once at start: there is no earlier version to keep, so failures are only
     * recorded and logged.
     */
    public synchronized Optional<ReloadOutcome> checkInForce() {
        long started = System.nanoTime();
        Knowledge knowledge;
        try {
            knowledge = holder.current();
        } catch (KnowledgeBuildException e) {
            return Optional.of(remember(new ReloadOutcome(Status.REJECTED, null, null, 0,
                    e.problems(), since(started))));
        }
        List<ScenarioResult> results = runner.run(knowledge.source(), knowledge);
        List<RuleProblem> failures = results.stream().flatMap(r -> r.problems().stream())
                .toList();
        if (failures.isEmpty()) {
            holder.recordSuccess(knowledge.version());
            ReloadOutcome outcome = remember(new ReloadOutcome(Status.UNCHANGED,
                    knowledge.version(), knowledge.version(), results.size(), List.of(),
                    since(started)));
            LOG.info("Rules from {} in force: version {}, {} rules, {} scenarios passed, {} ms",
                    knowledge.source().origin(), knowledge.version(), knowledge.rules().size(),
                    results.size(), outcome.took().toMillis());
            return Optional.of(outcome);
        }
        holder.recordFailure(knowledge.version(), failures);
        LOG.warn("Rules in force (version {}) fail {} scenario check(s):\n{}",
                knowledge.version(), failures.size(), String.join("\n",
                        failures.stream().map(RuleProblem::oneLine).toList()));
        return Optional.of(remember(new ReloadOutcome(Status.REJECTED, knowledge.version(),
                knowledge.version(), results.size(), failures, since(started))));
    }

    /**
     * Writes the packaged rules into {@code dir} and the packaged price catalog to
     * {@code pricing/catalog.yaml} beside it, so exporting to {@code rules} gives the default
     * layout. Refuses, writing nothing, when any of those files exists.
     */
    public List<Path> export(Path dir) {
        return new RulesExport(loader).export(dir);
    }

    /**
     * The problems with their files as a person at a terminal opens them: paths inside a
     * rules folder are joined to the folder; the price file and packaged files stay as named.
     */
    public static List<RuleProblem> located(RuleSet set, List<RuleProblem> problems) {
        if (set.isPackaged()) {
            return problems;
        }
        Path folder = Path.of(set.origin());
        return problems.stream().map(p -> set.files().containsKey(p.file())
                || p.file().equals(KnowledgeLoader.TOOLS_FILE)
                ? new RuleProblem(folder.resolve(p.file()).toString(), p.line(), p.column(),
                        p.message())
                : p).toList();
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
