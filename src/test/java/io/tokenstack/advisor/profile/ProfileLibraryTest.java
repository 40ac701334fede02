package io.tokenstack.advisor.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLibraryTest {

    @TempDir
    Path folder;

    @Test
    void aMissingFolderHoldsNoProfiles() {
        ProfileLibrary library = new ProfileLibrary(folder.resolve("absent"), new ProfileReader());

        assertThat(library.list()).isEmpty();
        assertThat(library.find("anything")).isEmpty();
    }

    @Test
    void profilesAreListedByFileNameWithBrokenOnesCarryingTheirProblems() throws IOException {
        Files.writeString(folder.resolve("b-team.yaml"),
                "name: second\nmodels: [{id: o3, share: 1}]\n");
        Files.writeString(folder.resolve("a-broken.yml"), "name: x\ndevelopers: 3\n");
        Files.writeString(folder.resolve("notes.txt"), "not a profile");
        Files.createDirectory(folder.resolve("c-folder.yaml"));

        List<ProfileLibrary.Entry> entries = new ProfileLibrary(folder, new ProfileReader())
                .list();

        assertThat(entries).extracting(ProfileLibrary.Entry::file)
                .containsExactly("a-broken.yml", "b-team.yaml");
        ProfileLibrary.Entry broken = entries.get(0);
        assertThat(broken.readable()).isFalse();
        assertThat(broken.name()).isEqualTo("a-broken");
        assertThat(broken.problems()).hasSize(1);
        assertThat(broken.problems().get(0).field()).isEqualTo("developers");
        assertThat(broken.problems().get(0).origin()).isEqualTo("a-broken.yml");
        assertThat(entries.get(1).name()).isEqualTo("second");
        assertThat(entries.get(1).profile().models().get(0).id()).isEqualTo("o3");
    }

    @Test
    void findTakesTheProfileNameFirstThenTheFileBaseName() throws IOException {
        Files.writeString(folder.resolve("file-name.yaml"),
                "name: inner-name\nmodels: [{id: o3, share: 1}]\n");
        ProfileLibrary library = new ProfileLibrary(folder, new ProfileReader());

        assertThat(library.find("inner-name")).map(ProfileLibrary.Entry::file)
                .hasValue("file-name.yaml");
        assertThat(library.find("file-name")).map(ProfileLibrary.Entry::name)
                .hasValue("inner-name");
        assertThat(library.find("../file-name")).isEmpty();
    }
}
