package io.tokenstack.advisor.shell;

import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

/**
 * Leaves out the auto-configuration only the web service uses (actuator, metrics and
 * observation, the OpenAPI page, HTTP clients and converters, request validation, caching and
 * proxies for its beans) when the shell runs without it. A one-shot command spends a quarter
 * of its start-up configuring them otherwise. Serving, and every test context, configure
 * everything as before.
 */
public class WebOffAutoConfigurationFilter implements AutoConfigurationImportFilter,
        EnvironmentAware {

    /** Set by the application for its shell modes. */
    public static final String PROPERTY = "advisor.shell.web-off";

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

    private boolean webOff;

    @Override
    public void setEnvironment(Environment environment) {
        webOff = environment.getProperty(PROPERTY, Boolean.class, false);
    }

    @Override
    public boolean[] match(String[] classNames, AutoConfigurationMetadata metadata) {
        boolean[] keep = new boolean[classNames.length];
        for (int i = 0; i < classNames.length; i++) {
            keep[i] = !webOff || classNames[i] == null || !webOnly(classNames[i]);
        }
        return keep;
    }

    static boolean webOnly(String className) {
        return WEB_ONLY.stream().anyMatch(className::startsWith);
    }
}
