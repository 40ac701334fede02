package io.tokenstack.advisor.knowledge;

import java.util.Optional;

/**
 * A rule's source as a reviewer reads it in its .drl file: from its {@code rule "NAME"} line
 * to the {@code end} that closes it, with the line it starts on.
 */
public record RuleText(String name, String file, int line, String text) {

    /**
     * Finds the declaration of {@code name} in a DRL file's text. The closing {@code end} is
     * the first line that is exactly {@code end} after the declaration; a consequence never
     * holds such a line, since DRL would read it as the end of the rule too.
     */
    public static Optional<RuleText> find(String file, String drl, String name) {
        if (drl == null) {
            return Optional.empty();
        }
        String[] lines = drl.split("\r?\n", -1);
        String declaration = "rule \"" + name + "\"";
        for (int i = 0; i < lines.length; i++) {
            String trimmed = lines[i].trim();
            if (trimmed.equals(declaration) || trimmed.startsWith(declaration + " ")) {
                StringBuilder text = new StringBuilder();
                for (int j = i; j < lines.length; j++) {
                    text.append(lines[j]).append('\n');
                    if (lines[j].trim().equals("end")) {
                        break;
                    }
                }
                return Optional.of(new RuleText(name, file, i + 1, text.toString()));
            }
        }
        return Optional.empty();
    }

    /** The rule's text in a built knowledge base, looked up through its file. */
    public static Optional<RuleText> of(Knowledge knowledge, String name) {
        return knowledge.rule(name).flatMap(info -> find(info.file(),
                knowledge.source().files().get(info.file()), name));
    }
}
