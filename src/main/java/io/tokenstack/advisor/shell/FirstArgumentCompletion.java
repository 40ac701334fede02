package io.tokenstack.advisor.shell;

import java.util.List;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.command.CommandRegistration;
import org.springframework.shell.completion.CompletionResolver;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Completes a command's first argument given without its option name ({@code advise
 * profiles/<TAB>}, {@code explain tool hea<TAB>}) with the values that option completes.
 * Spring Shell completes a value only right after its option's name, which would leave the
 * way people type these commands without completion.
 */
// Serving runs no shell: its Spring Shell infrastructure is not configured then.
@Profile("!serve")
@Component
class FirstArgumentCompletion implements CompletionResolver {

    @Override
    public List<CompletionProposal> apply(CompletionContext context) {
        CommandRegistration command = context.getCommandRegistration();
        String word = context.currentWordUpToCursor() == null ? ""
                : context.currentWordUpToCursor();
        if (command == null || word.startsWith("-") || afterOptionName(context)) {
            return List.of();
        }
        return command.getOptions().stream()
                .filter(o -> o.getPosition() == 0 && o.getCompletion() != null)
                .findFirst()
                .map(o -> o.getCompletion().apply(context.commandOption(o)))
                .orElse(List.of());
    }

    /** The word before is an option's name, so this word is that option's value. */
    private static boolean afterOptionName(CompletionContext context) {
        int index = context.getWordIndex();
        return index > 0 && context.getWords().get(index - 1).startsWith("-");
    }
}
