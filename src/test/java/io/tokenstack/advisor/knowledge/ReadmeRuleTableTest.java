package io.tokenstack.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's rule table is what reviewers read first; it must list exactly the rules. */
class ReadmeRuleTableTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([\\w.-]+) \\|",
            Pattern.MULTILINE);

    @Test
    void readmeListsEveryRuleWithItsFileAndNoOther() throws Exception {
        KnowledgeLoader loader = new KnowledgeLoader();
        Knowledge knowledge = loader.build(loader.read(Path.of("rules"),
                Path.of("pricing/catalog.yaml")));
        List<String> rules = knowledge.rules().stream()
                .map(r -> r.name() + " @ " + r.file()).sorted().toList();

        Matcher row = ROW.matcher(Files.readString(Path.of("README.md")));
        List<String> listed = row.results().map(m -> m.group(1) + " @ " + m.group(2))
                .sorted().toList();

        assertThat(listed).containsExactlyElementsOf(rules);
    }
}
