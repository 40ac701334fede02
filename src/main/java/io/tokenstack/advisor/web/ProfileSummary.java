package io.tokenstack.advisor.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.tokenstack.advisor.profile.ProfileLibrary;
import io.tokenstack.advisor.profile.TeamProfile;
import java.util.List;

/**
 * A profile kept on the server: its name, its file (a name, never a server path), and either
 * the profile with every default filled in or the problems that keep it from being read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ProfileSummary(String name, String file, TeamProfile profile,
        List<FieldProblem> errors) {

    static ProfileSummary of(ProfileLibrary.Entry entry) {
        return new ProfileSummary(entry.name(), entry.file(), entry.profile(),
                entry.readable() ? null
                        : entry.problems().stream().map(FieldProblem::of).toList());
    }
}
