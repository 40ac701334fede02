package io.tokenstack.advisor.shell;

import io.tokenstack.advisor.knowledge.Catalogs;
import io.tokenstack.advisor.knowledge.KnowledgeHolder;
import io.tokenstack.advisor.knowledge.RuleSet;
import io.tokenstack.advisor.pricing.ModelPrice;
import io.tokenstack.advisor.profile.ProfileChanges;
import io.tokenstack.advisor.profile.TeamProfile;
import io.tokenstack.advisor.tools.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.CompletionContext;
import org.springframework.shell.CompletionProposal;
import org.springframework.shell.completion.CompletionProvider;

/**
 * Tab completion of option values: model and tool ids from the catalogs in force, rule names
 * from the rule files, profile files, and the fixed words of a few options. Lists that allow
 * several values separated by commas complete the word after the last comma. Reading the
 * catalogs never compiles the rules, so completing stays instant.
 */
@Configuration(proxyBeanMethods = false)
class Completions {

    static final String MODELS = "modelIds";
    static final String TOOLS = "toolIds";
    static final String STACKS = "stackIds";
    static final String RULES = "ruleNames";
    static final String PROFILES = "profileFiles";
    static final String FORMATS = "formats";
    static final String EVIDENCE = "evidenceLevels";
    static final String AGENTS = "agents";
    static final String POLICIES = "policies";

    private static final Logger LOG = LoggerFactory.getLogger(Completions.class);
    private static final Pattern RULE_NAME = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    @Bean(MODELS)
    CompletionProvider modelIds(KnowledgeHolder holder) {
        return listed(() -> Catalogs.of(holder).prices().models().stream()
                .map(ModelPrice::id).toList());
    }

    @Bean(TOOLS)
    CompletionProvider toolIds(KnowledgeHolder holder) {
        return fixed(() -> Catalogs.of(holder).tools().all().stream().map(Tool::id).toList());
    }

    @Bean(STACKS)
    CompletionProvider stackIds(KnowledgeHolder holder) {
        return listed(() -> {
            List<String> ids = new ArrayList<>(List.of("none"));
            Catalogs.of(holder).tools().all().forEach(t -> ids.add(t.id()));
            return ids;
        });
    }

    @Bean(RULES)
    CompletionProvider ruleNames(KnowledgeHolder holder) {
        return fixed(() -> {
            RuleSet set = holder.isLoaded() ? holder.current().source()
                    : holder.loader().read(holder.rulesFolder(), holder.pricingFile());
            TreeSet<String> names = new TreeSet<>();
            set.drlFiles().values().forEach(text -> {
                Matcher m = RULE_NAME.matcher(text);
                while (m.find()) {
                    names.add(m.group(1));
                }
            });
            return names;
        });
    }

    @Bean(PROFILES)
    CompletionProvider profileFiles(ProfileInput input) {
        return context -> files(input.profilesDir(), context.currentWordUpToCursor());
    }

    @Bean(FORMATS)
    CompletionProvider formats() {
        return fixed(() -> Format.NAMES);
    }

    @Bean(EVIDENCE)
    CompletionProvider evidenceLevels() {
        return fixed(() -> TeamProfile.EVIDENCE_LEVELS);
    }

    @Bean(AGENTS)
    CompletionProvider agents() {
        return fixed(() -> TeamProfile.AGENTS);
    }

    @Bean(POLICIES)
    CompletionProvider policies() {
        return listed(() -> {
            List<String> words = new ArrayList<>(List.of("open", "strict"));
            words.addAll(ProfileChanges.POLICY_WORDS.keySet());
            return words;
        });
    }

    /** One value from a list. */
    private static CompletionProvider fixed(Supplier<Collection<String>> values) {
        return context -> safely(values).stream().map(CompletionProposal::new).toList();
    }

    /** A comma-separated list of values: completes the last one, keeping those before it. */
    private static CompletionProvider listed(Supplier<Collection<String>> values) {
        return context -> {
            String word = context.currentWordUpToCursor() == null ? ""
                    : context.currentWordUpToCursor();
            String before = word.substring(0, word.lastIndexOf(',') + 1);
            return safely(values).stream().map(v -> new CompletionProposal(before + v)
                    .displayText(v)).toList();
        };
    }

    /** A broken catalog must not break the prompt: completion then offers nothing. */
    private static Collection<String> safely(Supplier<Collection<String>> values) {
        try {
            return values.get();
        } catch (RuntimeException e) {
            LOG.warn("No completion: {}", e.getMessage());
            return List.of();
        }
    }

    /**
     * Profile files: the profiles folder's YAML and JSON files, or the entries of the folder
     * the word being typed points into.
     */
    static List<CompletionProposal> files(Path profilesDir, String typed) {
        String word = typed == null ? "" : typed;
        int slash = word.lastIndexOf('/');
        Path folder = slash < 0 ? profilesDir : Path.of(slash == 0 ? "/" : word.substring(0,
                slash));
        String prefix = slash < 0 ? profilesDir + "/" : word.substring(0, slash + 1);
        List<CompletionProposal> proposals = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return proposals;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            entries.sorted().forEach(p -> {
                String name = p.getFileName().toString();
                if (Files.isDirectory(p)) {
                    proposals.add(new CompletionProposal(prefix + name + "/").complete(false));
                } else if (name.matches(".*\\.(ya?ml|json)")) {
                    proposals.add(new CompletionProposal(prefix + name));
                }
            });
        } catch (IOException e) {
            LOG.warn("No profile completion in {}: {}", folder, e.getMessage());
        }
        return proposals;
    }
}
