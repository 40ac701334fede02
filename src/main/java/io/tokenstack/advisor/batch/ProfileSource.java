package io.tokenstack.advisor.batch;

import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Reads many profiles one at a time: a folder of YAML files (in name order) or JSON lines
 * (one profile per line, blank lines skipped). Only one profile is held at a time, so memory
 * does not grow with the batch.
 */
public final class ProfileSource {

    private final ProfileReader reader;

    public ProfileSource(ProfileReader reader) {
        this.reader = reader;
    }

    /** A folder of .yaml/.yml/.json files, or a JSON-lines file. */
    public Iterator<BatchInput> open(Path path) {
        if (Files.isDirectory(path)) {
            return folder(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(new InputProblem(path.toString(), null,
                    "no such file or folder; give a folder of profiles or a JSON-lines file"));
        }
        try {
            return jsonLines(path.toString(),
                    Files.newBufferedReader(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(path.toString(), null,
                    "cannot be read"));
        }
    }

    private Iterator<BatchInput> folder(Path folder) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                "*.{yaml,yml,json}")) {
            entries.forEach(files::add);
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(folder.toString(), null,
                    "cannot be listed"));
        }
        // Paths only: a hundred thousand of them is a few megabytes, the profiles stay on disk.
        files.sort(null);
        Iterator<Path> paths = files.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return paths.hasNext();
            }

            @Override
            public BatchInput next() {
                Path file = paths.next();
                try {
                    TeamProfile profile = file.toString().endsWith(".json")
                            ? reader.readJson(file.toString(), Files.readAllBytes(file))
                            : reader.readFile(file);
                    return new BatchInput(file.toString(), profile, null);
                } catch (InvalidInputException e) {
                    return new BatchInput(file.toString(), null, e);
                } catch (IOException e) {
                    return new BatchInput(file.toString(), null, new InvalidInputException(
                            new InputProblem(file.toString(), null, "cannot be read")));
                }
            }
        };
    }

    /** JSON lines from any reader; the origin of each profile is {@code name:line}. */
    public Iterator<BatchInput> jsonLines(String name, Reader source) {
        BufferedReader lines = source instanceof BufferedReader b ? b : new BufferedReader(source);
        return new Iterator<>() {
            private int number;
            private String pending;

            @Override
            public boolean hasNext() {
                if (pending != null) {
                    return true;
                }
                try {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        number++;
                        if (!line.isBlank()) {
                            pending = line;
                            return true;
                        }
                    }
                    lines.close();
                    return false;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public BatchInput next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String line = pending;
                pending = null;
                String origin = name + ":" + number;
                try {
                    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                    return new BatchInput(origin, reader.readJson(origin, bytes), null);
                } catch (InvalidInputException e) {
                    return new BatchInput(origin, null, e);
                }
            }
        };
    }
}
