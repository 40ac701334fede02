package io.tokenstack.advisor.shell;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.jline.PromptProvider;

/** The interactive shell's prompt. */
@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    @Bean
    PromptProvider advisorPrompt() {
        return () -> new AttributedString("advisor:> ",
                AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
    }
}
