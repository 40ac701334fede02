package io.tokenstack.advisor.shell;

import io.tokenstack.advisor.knowledge.KnowledgeBuildException;
import io.tokenstack.advisor.knowledge.RuleProblem;
import io.tokenstack.advisor.pricing.CatalogException;
import io.tokenstack.advisor.pricing.CatalogProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.UndeclaredThrowableException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.shell.CommandNotCurrentlyAvailable;
import org.springframework.shell.ParameterValidationException;
import org.springframework.shell.command.CommandExecution.CommandExecutionException;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.shell.command.CommandParser.CommandParserException;

/**
 * What a failed command tells its user: one line, and the exit status of a one-shot run.
 * Input the user can fix (a profile, an option, a file, the rule files) exits 2; anything else
 * is a fault of ours, exits 1 and leaves its stack trace in the log file only. Every command
 * gets this, whoever wrote it, because the shell applies it, not the commands.
 */
record CommandFailure(int exitCode, String message) {

    static final int USER_ERROR = 2;
    static final int INTERNAL_ERROR = 1;

    private static final Logger LOG = LoggerFactory.getLogger(CommandFailure.class);

    /** @param logFile where the stack trace of an unexpected failure goes, for the message */
    static CommandFailure of(Throwable thrown, String logFile) {
        Throwable t = unwrap(thrown);
        String user = userMessage(t);
        if (user != null) {
            LOG.warn("Refused: {}", user);
            return new CommandFailure(USER_ERROR, oneLine(user));
        }
        LOG.error("Command failed", t);
        String reason = t.getMessage() == null ? t.getClass().getSimpleName()
                : oneLine(t.getMessage());
        return new CommandFailure(INTERNAL_ERROR, "failed: " + reason
                + (logFile == null ? "" : " (details in " + logFile + ")"));
    }

    static CommandFailure unknownCommand(String message) {
        LOG.warn("Refused: {}", message);
        return new CommandFailure(USER_ERROR, message);
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof CommandExecutionException || t instanceof UndeclaredThrowableException
                || t instanceof InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** The message for input a user can fix, or null when the failure is ours. */
    private static String userMessage(Throwable t) {
        if (t instanceof InvalidInputException e) {
            return e.getMessage();
        }
        if (t instanceof KnowledgeBuildException e) {
            return rulesProblem(e.problems());
        }
        if (t instanceof CatalogException e) {
            return e.problems().stream().map(CatalogProblem::describe)
                    .collect(Collectors.joining("; "));
        }
        if (t instanceof CommandParserExceptionsException e) {
            return e.getParserExceptions().stream().map(CommandFailure::parserMessage)
                    .collect(Collectors.joining("; "));
        }
        if (t instanceof ConversionFailedException e) {
            return "'" + e.getValue() + "' is not "
                    + (e.getTargetType() == null ? "a valid value"
                            : describe(e.getTargetType().getType()));
        }
        if (t instanceof ParameterValidationException e) {
            return e.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage())
                    .collect(Collectors.joining("; "));
        }
        if (t instanceof CommandNotCurrentlyAvailable e) {
            String reason = e.getAvailability() == null ? null : e.getAvailability().getReason();
            return "command '" + e.getCommand() + "' is not available"
                    + (reason == null ? "" : ": " + reason);
        }
        if (t instanceof UnknownCommandException e) {
            return e.getMessage();
        }
        return null;
    }

    private static String rulesProblem(List<RuleProblem> problems) {
        if (problems.isEmpty()) {
            return "the rules do not build";
        }
        String first = problems.get(0).oneLine();
        return "the rules do not build: " + first + (problems.size() > 1
                ? " (and " + (problems.size() - 1) + " more problems)" : "");
    }

    /** Spring Shell's parser messages start with a code and a position: "2000E:(pos 0): ". */
    private static String parserMessage(CommandParserException e) {
        String message = e.getMessage() == null ? "bad option" : e.getMessage();
        int cut = message.indexOf("): ");
        return cut >= 0 ? message.substring(cut + 3) : message;
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == int.class
                || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "a valid value";
    }

    /** One terminal line: messages that span lines (catalog summaries) are joined. */
    private static String oneLine(String text) {
        return text.lines().map(String::trim).filter(l -> !l.isEmpty())
                .collect(Collectors.joining("; "));
    }
}
