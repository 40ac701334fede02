package io.tokenstack.advisor;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.command.annotation.CommandScan;

/**
 * One jar, three modes, chosen from the first argument: {@code serve} starts only the web
 * service; no argument opens the interactive shell; anything else runs one shell command and
 * exits. A shell and a web server in one process do not mix (the application is not ready
 * until the shell quits), so each mode switches the other off.
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
        application.run(isServe(args) ? new String[0] : args);
    }

    static boolean isServe(String[] args) {
        return args.length > 0 && "serve".equals(args[0]);
    }

    static Map<String, Object> modeProperties(String[] args) {
        Map<String, Object> properties = new HashMap<>();
        boolean serve = isServe(args);
        properties.put("spring.shell.interactive.enabled", !serve && args.length == 0);
        properties.put("spring.shell.noninteractive.enabled", !serve && args.length > 0);
        return properties;
    }
}
