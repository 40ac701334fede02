package io.tokenstack.advisor.knowledge;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The knowledge base in force. Readers take one immutable {@link Knowledge} and use it for
 * the whole evaluation, so a reload swapping in a new one never mixes two versions in one
 * answer. The first build happens on first use, so commands that need no rules start fast.
 */
public class KnowledgeHolder {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeHolder.class);

    /** The outcome of the last build attempt, shown by the rules endpoint and health. */
    public record Attempt(Instant at, String version, boolean succeeded,
            List<RuleProblem> problems) {
    }

    private final KnowledgeLoader loader = new KnowledgeLoader();
    private final Path rulesFolder;
    private final Path pricingFile;
    private final AtomicReference<Knowledge> current = new AtomicReference<>();
    private final AtomicReference<Attempt> lastAttempt = new AtomicReference<>();

    public KnowledgeHolder(Path rulesFolder, Path pricingFile) {
        this.rulesFolder = rulesFolder;
        this.pricingFile = pricingFile;
    }

    public Knowledge current() {
        Knowledge knowledge = current.get();
        if (knowledge == null) {
            synchronized (this) {
                knowledge = current.get();
                if (knowledge == null) {
                    // A reload may have swapped one in while this was building: keep that.
                    current.compareAndSet(null, buildOrThrow());
                    knowledge = current.get();
                }
            }
        }
        return knowledge;
    }

    public boolean isLoaded() {
        return current.get() != null;
    }

    /** The knowledge base in force without building one: for status pages that must not fail. */
    public Optional<Knowledge> loaded() {
        return Optional.ofNullable(current.get());
    }

    public Attempt lastAttempt() {
        return lastAttempt.get();
    }

    public Path rulesFolder() {
        return rulesFolder;
    }

    public Path pricingFile() {
        return pricingFile;
    }

    public KnowledgeLoader loader() {
        return loader;
    }

    /** Reads and builds the files in force; throws with located problems when they fail. */
    public Knowledge buildOrThrow() {
        RuleSet set = loader.read(rulesFolder, pricingFile);
        try {
            Knowledge built = loader.build(set);
            lastAttempt.set(new Attempt(Instant.now(), built.version(), true, List.of()));
            return built;
        } catch (KnowledgeBuildException e) {
            lastAttempt.set(new Attempt(Instant.now(), set.version(), false, e.problems()));
            LOG.warn("Rules from {} do not build: {}", set.origin(), e.getMessage());
            throw e;
        }
    }

    /** Puts a checked knowledge base in force at once, for every request that starts after. */
    public void swap(Knowledge knowledge) {
        current.set(knowledge);
    }

    public void recordSuccess(String version) {
        lastAttempt.set(new Attempt(Instant.now(), version, true, List.of()));
    }

    public void recordFailure(String version, List<RuleProblem> problems) {
        lastAttempt.set(new Attempt(Instant.now(), version, false, problems));
    }
}
