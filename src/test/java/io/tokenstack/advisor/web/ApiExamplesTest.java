package io.tokenstack.advisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ApiExamplesTest {

    @Test
    void theDocumentedExampleIsTheShippedArticleBaseline() {
        ProfileReader reader = new ProfileReader();
        TeamProfile shipped = reader.readFile(Path.of("profiles", "article-baseline.yaml"));
        TeamProfile example = reader.readJson("example",
                ApiExamples.ARTICLE_BASELINE.getBytes(StandardCharsets.UTF_8));

        // BigDecimal compares scale too: 1.0 in YAML and 1.0 in JSON must stay alike.
        assertThat(example).isEqualTo(shipped);
    }
}
