package io.tokenstack.advisor.shell;

import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Compiles the rules on a background thread as soon as the knowledge holder exists, while the
 * rest of the application starts on the other core: a one-shot {@code advise} then finds them
 * built (or nearly), and the interactive prompt appears without waiting for them. Commands
 * that need no rule ({@code models}, {@code compare}...) do not start it. A build that fails
 * here fails again, with its message, for the command that needs it.
 */
@Component
public class KnowledgeWarmUp implements BeanPostProcessor {

    /** The application sets this in shell modes: true when the command will need the rules. */
    public static final String PROPERTY = "advisor.shell.warm-up";

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeWarmUp.class);
    private static final Set<String> NEED_RULES = Set.of("advise", "whatif", "breakeven",
            "explain");

    private final boolean enabled;

    KnowledgeWarmUp(@Value("${" + PROPERTY + ":false}") boolean enabled) {
        this.enabled = enabled;
    }

    /** Whether a run with these arguments should compile the rules early. */
    public static boolean wanted(String[] args) {
        return args.length == 0 || NEED_RULES.contains(args[0]);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (enabled && bean instanceof KnowledgeHolder holder && !holder.isLoaded()) {
            Thread thread = new Thread(() -> build(holder), "knowledge-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
        return bean;
    }

    private static void build(KnowledgeHolder holder) {
        try {
            holder.current();
        } catch (RuntimeException e) {
            LOG.debug("Rules did not build ahead of use: {}", e.getMessage());
        }
    }
}
