package io.tokenstack.advisor.rules;

import io.tokenstack.advisor.knowledge.KnowledgeLoader;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the packaged rules out for editing: the rule folder's files into the given folder,
 * the price catalog to {@code pricing/catalog.yaml} beside it. Exporting to {@code rules}
 * from the working folder therefore gives exactly the layout the advisor reads by default.
 */
final class RulesExport {

    private final KnowledgeLoader loader;

    RulesExport(KnowledgeLoader loader) {
        this.loader = loader;
    }

    List<Path> export(Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new InvalidInputException(new InputProblem(dir.toString(), null,
                    "has no parent folder for pricing/catalog.yaml; export into a subfolder"));
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new InvalidInputException(new InputProblem(dir.toString(), null,
                    "is a file; export needs a folder"));
        }
        Map<Path, String> files = new LinkedHashMap<>();
        loader.readPackaged().forEach((relative, text) ->
                files.put(target.resolve(relative), text));
        files.put(parent.resolve(RulesService.PRICING_BESIDE), loader.readPackagedPricing());

        List<Path> existing = files.keySet().stream().filter(Files::exists).toList();
        if (!existing.isEmpty()) {
            String some = String.join(", ", existing.stream().limit(3).map(Path::toString)
                    .toList()) + (existing.size() > 3 ? ", ..." : "");
            throw new InvalidInputException(new InputProblem(dir.toString(), null,
                    existing.size() + " of the " + files.size() + " files to write exist"
                            + " already (" + some + "); nothing was written"));
        }
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> file : files.entrySet()) {
                Files.createDirectories(file.getKey().getParent());
                // CREATE_NEW: a file that appeared since the check above is still not replaced.
                Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE_NEW);
                written.add(file.getKey());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir, e);
        }
        return written;
    }
}
