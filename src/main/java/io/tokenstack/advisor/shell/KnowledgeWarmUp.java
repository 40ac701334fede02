package io.tokenstack.advisor.shell;

import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.advice.Advisor;
import io.tokenstack.advisor.knowledge.CompiledRules;
import io.tokenstack.advisor.knowledge.Knowledge;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.profile.ModelShare;
import io.tokenstack.advisor.profile.TeamProfile;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Compiles the rules on a second thread from the moment the configuration is read, while the
 * application starts on the other core: a one-shot {@code advise} then finds them built (or
 * nearly), and the interactive prompt appears without waiting for them. Compiling takes about
 * as long as starting Spring, so run one after the other they would double a cold start.
 *
 * <p>{@link EarlyStart} creates a knowledge holder for the configured folders and starts its
 * build; the application's own holder bean is then replaced by that one, so nothing is
 * compiled twice. When the same rule and price files were compiled by an earlier run, their
 * stored packages ({@link CompiledRules}, in {@value #CACHE_PROPERTY}) are used instead of
 * compiling them again. With the rules in place the thread advises a small made-up team once
 * and throws the answer away: loading and compiling the advice code then happens on the idle
 * core too, not in the command. Commands that need no rule ({@code models},
 * {@code compare}...) start nothing. A build that fails here fails again, with its message,
 * for the command that needs it.
 */
@Component
public class KnowledgeWarmUp implements BeanPostProcessor {

    /** The application sets this in shell modes: true when the command will need the rules. */
    public static final String PROPERTY = "advisor.shell.warm-up";
    /** Folder of compiled rules kept between runs; {@code off} keeps none. */
    public static final String CACHE_PROPERTY = "advisor.shell.rules-cache";

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeWarmUp.class);
    private static final Set<String> NEED_RULES = Set.of("advise", "whatif", "breakeven",
            "explain");
    private static final AtomicReference<KnowledgeHolder> EARLY = new AtomicReference<>();

    /** Whether a run with these arguments should compile the rules early. */
    public static boolean wanted(String[] args) {
        return args.length == 0 || NEED_RULES.contains(args[0]);
    }

    /** Starts the build as soon as the properties that name the rule files are known. */
    public static final class EarlyStart
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            Environment env = event.getEnvironment();
            if (!env.getProperty(PROPERTY, Boolean.class, false)) {
                return;
            }
            // The same properties and defaults as the holder bean, so the paths match.
            KnowledgeHolder holder = new KnowledgeHolder(
                    Path.of(env.getProperty("advisor.rules-dir", "rules")),
                    Path.of(env.getProperty("advisor.pricing-file", "pricing/catalog.yaml")));
            String cache = env.getProperty(CACHE_PROPERTY, Path.of(
                    System.getProperty("user.home"), ".token-stack-advisor", "rules-cache")
                    .toString());
            CompiledRules compiled = cache.isBlank() || cache.equals("off") ? null
                    : new CompiledRules(Path.of(cache));
            if (EARLY.compareAndSet(null, holder)) {
                Thread thread = new Thread(() -> build(holder, compiled), "knowledge-warm-up");
                thread.setDaemon(true);
                thread.start();
            }
        }
    }

    /** Hands out the holder already building in place of a second one for the same files. */
    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        KnowledgeHolder early = EARLY.get();
        if (bean instanceof KnowledgeHolder holder && early != null
                && holder.rulesFolder().equals(early.rulesFolder())
                && holder.pricingFile().equals(early.pricingFile())) {
            return early;
        }
        return bean;
    }

    /** One advice for one developer on the catalog's first model, rendered and dropped. */
    private static void rehearse(Knowledge knowledge) {
        long start = System.nanoTime();
        String model = knowledge.prices().models().iterator().next().id();
        TeamProfile team = new TeamProfile("warm-up", null, null,
                List.of(new ModelShare(model, BigDecimal.ONE)), null, null, null, null, null,
                null, null);
        Advice advice = new Advisor().advise(team, knowledge);
        AdviceRenderer.advice(advice, Format.TABLE);
        Json.write(advice);
        LOG.debug("Advice rehearsed in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Loads or compiles the rules into the holder. The holder compiles under its own monitor,
     * so doing all of it under that monitor makes a command that asks meanwhile wait for this
     * build rather than start a second one.
     */
    private static void build(KnowledgeHolder holder, CompiledRules compiled) {
        long start = System.nanoTime();
        try {
            Knowledge fresh = null;
            boolean stored = false;
            synchronized (holder) {
                if (!holder.isLoaded()) {
                    Optional<Knowledge> kept = compiled == null ? Optional.empty()
                            : compiled.load(holder.loader().read(holder.rulesFolder(),
                                    holder.pricingFile()));
                    kept.ifPresent(holder::swap);
                    stored = kept.isPresent();
                    fresh = stored ? null : holder.current();
                }
            }
            LOG.debug("Rules {} ahead of use in {} ms", stored ? "loaded" : "built",
                    (System.nanoTime() - start) / 1_000_000);
            if (fresh != null && compiled != null) {
                compiled.store(fresh);
            }
            rehearse(holder.current());
        } catch (RuntimeException e) {
            LOG.debug("Rules did not build ahead of use: {}", e.getMessage());
        }
    }
}
