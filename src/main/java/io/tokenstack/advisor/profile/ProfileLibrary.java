package io.tokenstack.advisor.profile;

import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The profiles kept in a folder ({@code advisor.profiles-dir}), read afresh on every call so
 * an edited file counts at once. A missing folder holds no profiles; a file that does not read
 * is listed with its problems instead of hiding the others.
 */
public final class ProfileLibrary {

    /** A folder with more files than this is not a profile folder; the rest are ignored. */
    static final int MAX_FILES = 500;

    /**
     * @param file the file's name inside the folder, never a full path
     * @param profile null when the file has problems
     */
    public record Entry(String name, String file, TeamProfile profile,
            List<InputProblem> problems) {

        public boolean readable() {
            return profile != null;
        }
    }

    private final Path folder;
    private final ProfileReader reader;

    public ProfileLibrary(Path folder, ProfileReader reader) {
        this.folder = folder;
        this.reader = reader;
    }

    public Path folder() {
        return folder;
    }

    public List<Entry> list() {
        List<Entry> entries = new ArrayList<>();
        for (Path file : files()) {
            entries.add(read(file));
        }
        return entries;
    }

    /** The profile with this name, or else the file with this base name. */
    public Optional<Entry> find(String name) {
        List<Entry> entries = list();
        return entries.stream().filter(e -> e.name().equals(name)).findFirst()
                .or(() -> entries.stream().filter(e -> baseName(e.file()).equals(name))
                        .findFirst());
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.list(folder)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".+\\.ya?ml"))
                    .sorted().limit(MAX_FILES).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list profiles folder " + folder, e);
        }
    }

    private Entry read(Path file) {
        String fileName = file.getFileName().toString();
        if (!Files.isReadable(file)) {
            return new Entry(baseName(fileName), fileName, null,
                    List.of(new InputProblem(fileName, null, "cannot be read")));
        }
        try {
            TeamProfile profile = reader.readFile(file);
            return new Entry(profile.name(), fileName, profile, List.of());
        } catch (InvalidInputException e) {
            List<InputProblem> problems = e.problems().stream()
                    .map(p -> new InputProblem(fileName, p.field(), p.message())).toList();
            return new Entry(baseName(fileName), fileName, null, problems);
        }
    }

    private static String baseName(String fileName) {
        return fileName.replaceFirst("\\.ya?ml$", "");
    }
}
