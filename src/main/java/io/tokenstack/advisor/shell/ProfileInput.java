package io.tokenstack.advisor.shell;

import io.tokenstack.advisor.profile.ProfileChanges;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Finds the profile a command is about: a file named on the command line (a bare name such as
 * {@code solo-budget} is looked up in the profiles folder), else the options alone on the
 * article's session model, else the profile of the last advice in this shell.
 */
@Component
class ProfileInput {

    static final String FROM_OPTIONS = "command-line options";

    /** The profile and where it came from, for messages. */
    record Resolved(String origin, TeamProfile profile) {
    }

    private final ProfileReader reader;
    private final LastAdvice last;
    private final Path profilesDir;

    ProfileInput(ProfileReader reader, LastAdvice last,
            @Value("${advisor.profiles-dir:profiles}") String profilesDir) {
        this.reader = reader;
        this.last = last;
        this.profilesDir = Path.of(profilesDir);
    }

    Path profilesDir() {
        return profilesDir;
    }

    Resolved resolve(String command, String file, ProfileChanges changes) {
        Resolved base;
        if (file != null && !file.isBlank()) {
            Path path = locate(file.trim());
            base = new Resolved(path.toString(), reader.readFile(path));
        } else if (changes.models() != null) {
            base = new Resolved(FROM_OPTIONS, new TeamProfile("command-line", null, null,
                    null, null, null, null, null, null, null, null));
        } else if (last.get().isPresent()) {
            LastAdvice.Entry entry = last.get().get();
            base = new Resolved(entry.origin(), entry.profile());
        } else {
            throw new InvalidInputException(new InputProblem(command, null, "name a profile"
                    + " file (e.g. profiles/article-baseline.yaml) or a model with --model"));
        }
        if (changes.isEmpty()) {
            return base;
        }
        String origin = base.origin().equals(FROM_OPTIONS) ? FROM_OPTIONS
                : base.origin() + " with command-line changes";
        return new Resolved(origin, changes.applyTo(base.profile()));
    }

    /** The path as given when it exists; else a profile of that name in the profiles folder. */
    Path locate(String file) {
        Path given = Path.of(file);
        if (Files.exists(given) || given.getParent() != null) {
            return given;
        }
        for (String candidate : new String[] {file, file + ".yaml", file + ".yml"}) {
            Path inFolder = profilesDir.resolve(candidate);
            if (Files.isRegularFile(inFolder)) {
                return inFolder;
            }
        }
        return given;
    }
}
