package io.tokenstack.advisor.shell;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In the interactive shell a failed command prints the same one line a one-shot run would,
 * and the shell goes on; without this, Spring Shell shows its own text and points at its
 * {@code stacktrace} command. It resolves every exception of every command, so commands need
 * no error handling of their own.
 */
// Serving runs no shell: its Spring Shell infrastructure is not configured then.
@Profile("!serve")
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InteractiveErrors implements CommandExceptionResolver {

    private final String logFile;

    InteractiveErrors(@Value("${logging.file.name:}") String logFile) {
        this.logFile = logFile.isBlank() ? null : logFile;
    }

    @Override
    public CommandHandlingResult resolve(Exception e) {
        CommandFailure failure = CommandFailure.of(e, logFile);
        return CommandHandlingResult.of("error: " + failure.message() + "\n",
                failure.exitCode());
    }
}
