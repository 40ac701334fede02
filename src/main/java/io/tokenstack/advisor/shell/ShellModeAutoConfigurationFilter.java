package io.tokenstack.advisor.shell;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out the auto-configuration a shell mode does not use. Both shell modes drop what only
 * the web service uses (actuator, metrics and observation, the OpenAPI page, HTTP clients and
 * converters, request validation, caching and proxies for its beans); a one-shot command also
 * drops the line editor, completion, Spring Shell's own runners, component flows, the terminal
 * UI and task executors, which only a person at the prompt needs. A one-shot command spent
 * about a third of its start-up configuring them. Serving, and every test context, configure
 * everything as before.
 */
public class ShellModeAutoConfigurationFilter implements AutoConfigurationImportFilter,
        EnvironmentAware {

    /** Set by the application: {@code interactive} or {@code one-shot}; absent when serving. */
    public static final String PROPERTY = "advisor.shell.mode";
    public static final String INTERACTIVE = "interactive";
    public static final String ONE_SHOT = "one-shot";

    static final List<String> WEB_ONLY = List.of(
            "org.springframework.boot.actuate.autoconfigure.",
            "org.springdoc.",
            "org.springframework.boot.autoconfigure.web.",
            "org.springframework.boot.autoconfigure.http.",
            "org.springframework.boot.autoconfigure.reactor.",
            "org.springframework.boot.autoconfigure.sql.",
            "org.springframework.boot.autoconfigure.ssl.",
            "org.springframework.boot.autoconfigure.validation.",
            "org.springframework.boot.autoconfigure.aop.",
            "org.springframework.boot.autoconfigure.cache.");

    static final List<String> PROMPT_ONLY = List.of(
            "org.springframework.shell.boot.LineReaderAutoConfiguration",
            "org.springframework.shell.boot.CompleterAutoConfiguration",
            "org.springframework.shell.boot.ShellRunnerAutoConfiguration",
            "org.springframework.shell.boot.ComponentFlowAutoConfiguration",
            "org.springframework.shell.boot.TerminalUIAutoConfiguration",
            "org.springframework.boot.autoconfigure.task.");

    private String mode;

    @Override
    public void setEnvironment(Environment environment) {
        mode = environment.getProperty(PROPERTY);
    }

    @Override
    public boolean[] match(String[] classNames, AutoConfigurationMetadata metadata) {
        boolean[] keep = new boolean[classNames.length];
        for (int i = 0; i < classNames.length; i++) {
            keep[i] = classNames[i] == null || !leftOut(mode, classNames[i]);
        }
        return keep;
    }

    static boolean leftOut(String mode, String className) {
        if (!INTERACTIVE.equals(mode) && !ONE_SHOT.equals(mode)) {
            return false;
        }
        return WEB_ONLY.stream().anyMatch(className::startsWith)
                || ONE_SHOT.equals(mode) && PROMPT_ONLY.stream().anyMatch(className::startsWith);
    }
}
