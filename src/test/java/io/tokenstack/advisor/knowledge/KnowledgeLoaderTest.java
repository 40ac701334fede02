package io.tokenstack.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeLoaderTest {

    @TempDir
    Path temp;

    @Test
    void rulesFolderReachedThroughALinkIsReadLikeTheFolderItself() throws IOException {
        Path linked = Files.createSymbolicLink(temp.resolve("rules"),
                Path.of("rules").toAbsolutePath());
        KnowledgeLoader loader = new KnowledgeLoader();

        Map<String, String> throughLink = loader.readFolder(linked);

        assertThat(throughLink).containsKey(KnowledgeLoader.TOOLS_FILE)
                .containsKey("breakeven.drl")
                .isEqualTo(loader.readFolder(Path.of("rules")));
    }
}
