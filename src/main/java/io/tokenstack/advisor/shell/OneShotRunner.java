package io.tokenstack.advisor.shell;

import io.tokenstack.advisor.support.Closest;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jline.terminal.Terminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.shell.ResultHandlerService;
import org.springframework.shell.ShellRunner;
import org.springframework.shell.command.CommandCatalog;
import org.springframework.shell.command.CommandExecution;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.config.ShellConversionServiceSupplier;
import org.springframework.shell.context.InteractionMode;
import org.springframework.shell.context.ShellContext;
import org.springframework.stereotype.Component;

/**
 * Runs the one command given on the program's command line, for scripts and CI: the answer
 * alone on standard output, one line on standard error when it fails, and an exit status a
 * script can test (0 done, 2 input to fix, 1 our fault). Spring Shell's own non-interactive
 * runner prints errors and "command not found" on standard output and exits 1 for both, which
 * would put an error inside a JSON answer; this runner takes its place (the application
 * switches that one off) and keeps Spring Shell's parsing, help and conversion. Serving
 * configures no shell at all, so this runner is not made there.
 */
@Component
@Profile("!serve")
@Order(Ordered.HIGHEST_PRECEDENCE)
class OneShotRunner implements ShellRunner, ExitCodeGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(OneShotRunner.class);

    private final CommandCatalog catalog;
    private final ShellContext shellContext;
    private final ObjectProvider<Terminal> terminal;
    private final ObjectProvider<ResultHandlerService> results;
    private final ObjectProvider<CommandExecution.CommandExecutionHandlerMethodArgumentResolvers>
            resolvers;
    private final ObjectProvider<ShellConversionServiceSupplier> conversion;
    private final ObjectProvider<Validator> validator;
    private final String logFile;
    private volatile int exitCode;

    OneShotRunner(CommandCatalog catalog, ShellContext shellContext,
            ObjectProvider<Terminal> terminal, ObjectProvider<ResultHandlerService> results,
            ObjectProvider<CommandExecution.CommandExecutionHandlerMethodArgumentResolvers>
                    resolvers,
            ObjectProvider<ShellConversionServiceSupplier> conversion,
            ObjectProvider<Validator> validator,
            @Value("${logging.file.name:}") String logFile) {
        this.catalog = catalog;
        this.shellContext = shellContext;
        this.terminal = terminal;
        this.results = results;
        this.resolvers = resolvers;
        this.conversion = conversion;
        this.validator = validator;
        this.logFile = logFile.isBlank() ? null : logFile;
    }

    /** Takes every run with arguments; with none, the interactive shell runs instead. */
    @Override
    public boolean run(String[] args) {
        if (args.length == 0) {
            return false;
        }
        exitCode = execute(args);
        return true;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    int execute(String[] args) {
        long start = System.nanoTime();
        CommandRegistration command = null;
        try {
            shellContext.setInteractionMode(InteractionMode.NONINTERACTIVE);
            command = requireCommand(args);
            Object result = CommandExecution.of(resolvers.getObject().getResolvers(),
                    validator.getIfAvailable(), terminal.getObject(), shellContext,
                    conversion.getObject().get(), catalog).evaluate(args);
            results.getObject().handle(result);
            terminal.getObject().writer().flush();
            LOG.debug("Answered '{}' in {} ms", command.getCommand(),
                    (System.nanoTime() - start) / 1_000_000);
            return 0;
        } catch (Exception e) {
            CommandFailure failure = CommandFailure.of(e, logFile);
            String hint = e instanceof CommandParserExceptionsException && command != null
                    ? "; " + command.getCommand() + " takes " + options(command) : "";
            ErrorChannel.println("error: " + failure.message() + hint);
            return failure.exitCode();
        }
    }

    private static String options(CommandRegistration command) {
        return command.getOptions().stream()
                .flatMap(o -> Arrays.stream(o.getLongNames()).limit(1))
                .map(n -> "--" + n).collect(Collectors.joining(", "));
    }

    /** Spring Shell's parser assumes a known command; an unknown one gets a hint instead. */
    private CommandRegistration requireCommand(String[] args) {
        Map<String, CommandRegistration> registrations = catalog.getRegistrations();
        String line = String.join(" ", args);
        String longest = registrations.keySet().stream()
                .filter(c -> line.equals(c) || line.startsWith(c + " "))
                .reduce("", (a, b) -> a.length() >= b.length() ? a : b);
        if (longest.isEmpty()) {
            TreeSet<String> firstWords = new TreeSet<>();
            registrations.keySet().forEach(c -> firstWords.add(c.split(" ")[0]));
            String word = args[0];
            String hint = firstWords.contains(word)
                    ? "; '" + word + "' needs one of: " + String.join(", ", registrations
                            .keySet().stream().filter(c -> c.startsWith(word + " "))
                            .sorted().toList())
                    : Closest.of(word, firstWords).map(c -> "; did you mean '" + c + "'?")
                            .orElse("; run 'help' to list the commands");
            throw new UnknownCommandException("unknown command '" + word + "'" + hint);
        }
        return registrations.get(longest);
    }
}
