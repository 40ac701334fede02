package io.tokenstack.advisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.advice.Advice;
import io.tokenstack.advisor.advice.Advisor;
import io.tokenstack.advisor.profile.ProfileReader;
import io.tokenstack.advisor.profile.TeamProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledRulesTest {

    private static final KnowledgeLoader LOADER = new KnowledgeLoader();
    private static RuleSet shipped;
    private static Knowledge compiled;

    @TempDir
    Path folder;

    @BeforeAll
    static void compile() {
        shipped = LOADER.read(Path.of("rules"), Path.of("pricing/catalog.yaml"));
        compiled = LOADER.build(shipped);
    }

    @Test
    void storedPackagesGiveTheSameAdviceAsCompilingForEveryShippedProfile() throws IOException {
        CompiledRules cache = new CompiledRules(folder);
        cache.store(compiled);

        Knowledge loaded = cache.load(shipped).orElseThrow();

        assertThat(loaded.version()).isEqualTo(compiled.version());
        assertThat(loaded.rules()).isEqualTo(compiled.rules());
        Advisor advisor = new Advisor();
        try (Stream<Path> profiles = Files.list(Path.of("profiles"))) {
            for (Path file : profiles.sorted().toList()) {
                TeamProfile profile = new ProfileReader().readFile(file);
                assertThat(withoutLoadTime(advisor.advise(profile, loaded)))
                        .as(file.toString())
                        .isEqualTo(withoutLoadTime(advisor.advise(profile, compiled)));
            }
        }
    }

    @Test
    void changedRuleFilesMissTheStoredPackages() {
        CompiledRules cache = new CompiledRules(folder);
        cache.store(compiled);
        Map<String, String> files = new HashMap<>(shipped.files());
        files.put("tiers.drl", files.get("tiers.drl") + "\n// edited\n");

        RuleSet edited = new RuleSet(shipped.origin(), files, shipped.pricingOrigin(),
                shipped.pricingText());

        assertThat(cache.load(edited)).isEmpty();
        assertThat(cache.load(shipped)).isPresent();
    }

    @Test
    void anUnreadableEntryIsDeletedAndMissed() throws IOException {
        CompiledRules cache = new CompiledRules(folder);
        cache.store(compiled);
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.toList();
        }
        assertThat(entries).hasSize(1);
        Files.write(entries.get(0), new byte[] {0, 0, 0, 1, 0, 2, 'x'});

        assertThat(cache.load(shipped)).isEmpty();
        assertThat(entries.get(0)).doesNotExist();
    }

    private static Advice withoutLoadTime(Advice a) {
        Advice.KnowledgeBaseInfo kb = a.knowledgeBase();
        return new Advice(a.profile(), new Advice.KnowledgeBaseInfo(kb.version(), null,
                kb.rules(), kb.pricing()), a.evidence(), a.baseline(), a.recommendations(),
                a.notRecommended(), a.excluded(), a.explanation(), a.warnings(), a.firedRules(),
                a.candidatesWeighed());
    }
}
