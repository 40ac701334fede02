package io.tokenstack.advisor;

import io.tokenstack.advisor.launch.FastStart;
import io.tokenstack.advisor.shell.ErrorChannel;
import io.tokenstack.advisor.shell.KnowledgeWarmUp;
import io.tokenstack.advisor.shell.ShellModeAutoConfigurationFilter;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.shell.command.annotation.CommandScan;

/**
 * One jar, three modes, chosen from the first argument: {@code serve} starts only the web
 * service; no argument opens the interactive shell; anything else runs one shell command and
 * exits. A shell and a web server in one process do not mix (the application is not ready
 * until the shell quits), so each mode switches the other off. The fat jar starts here
 * through {@link io.tokenstack.advisor.launch.FastStart}, which first hands shell commands to
 * a faster-starting JVM when the build prepared one.
 */
@SpringBootApplication
@CommandScan
public class TokenStackAdvisorApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(TokenStackAdvisorApplication.class);
        application.setDefaultProperties(modeProperties(args));
        application.setWebApplicationType(isServe(args)
                ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        application.setAdditionalProfiles(isServe(args) ? "serve" : "shell");
        application.addListeners(new KnowledgeWarmUp.EarlyStart(), new LaunchReport());
        if (isServe(args)) {
            application.run();
            return;
        }
        ConfigurableApplicationContext context;
        try {
            context = application.run(args);
        } catch (RuntimeException e) {
            // Spring Boot has logged the cause with its stack trace to the log file.
            ErrorChannel.println("error: the advisor could not start: "
                    + firstLine(e.getMessage()) + " (details in the log file)");
            System.exit(1);
            return;
        }
        // The shell is done (one command ran, or the user quit): end with its exit status.
        System.exit(SpringApplication.exit(context));
    }

    /** Says in the log which JVM runs the command, for anyone timing or debugging a start. */
    static final class LaunchReport implements ApplicationListener<ApplicationStartedEvent> {

        private static final Logger LOG = LoggerFactory.getLogger(LaunchReport.class);

        @Override
        public void onApplicationEvent(ApplicationStartedEvent event) {
            LOG.info(FastStart.handedOver() ? "Running in the fast start's JVM"
                    : "Running in the JVM that was launched");
        }
    }

    private static String firstLine(String message) {
        return message == null ? "unknown cause" : message.lines().findFirst().orElse("");
    }

    static boolean isServe(String[] args) {
        return args.length > 0 && "serve".equals(args[0]);
    }

    static Map<String, Object> modeProperties(String[] args) {
        Map<String, Object> properties = new HashMap<>();
        boolean serve = isServe(args);
        properties.put("spring.shell.interactive.enabled", !serve && args.length == 0);
        // One-shot commands run through the shell's own OneShotRunner, not Spring Shell's.
        properties.put("spring.shell.noninteractive.enabled", false);
        properties.put(KnowledgeWarmUp.PROPERTY, !serve && KnowledgeWarmUp.wanted(args));
        if (!serve) {
            properties.put(ShellModeAutoConfigurationFilter.PROPERTY, args.length == 0
                    ? ShellModeAutoConfigurationFilter.INTERACTIVE
                    : ShellModeAutoConfigurationFilter.ONE_SHOT);
        }
        // One command uses few of the beans; making only those saves a tenth of its start.
        properties.put("spring.main.lazy-initialization", !serve && args.length > 0);
        return properties;
    }
}
