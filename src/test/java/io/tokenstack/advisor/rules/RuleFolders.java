package io.tokenstack.advisor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Copies of the shipped rules folder and price catalog that a test may edit. */
public final class RuleFolders {

    private RuleFolders() {
    }

    /** Copies ./rules to {@code root}/rules and the catalog to {@code root}/pricing. */
    public static Path copy(Path root) {
        Path rules = root.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path source : files.toList()) {
                Path target = rules.resolve(Path.of("rules").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
            Files.createDirectories(root.resolve("pricing"));
            Files.copy(Path.of("pricing/catalog.yaml"), root.resolve("pricing/catalog.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /**
     * Replaces exact pieces of text ({@code from, to, from, to ...}) in one save; fails when
     * a piece is not there.
     */
    public static void edit(Path file, String... fromTo) {
        try {
            String text = Files.readString(file);
            for (int i = 0; i < fromTo.length; i += 2) {
                if (!text.contains(fromTo[i])) {
                    throw new AssertionError(file + " does not contain " + fromTo[i]);
                }
                text = text.replace(fromTo[i], fromTo[i + 1]);
            }
            Path next = file.resolveSibling("." + file.getFileName() + ".next");
            Files.writeString(next, text);
            // One rename, as editors save: a watcher never reads a half-written file.
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int lineOf(Path file, String text) {
        try {
            String[] lines = Files.readString(file).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(text + " is not in " + file);
    }
}
