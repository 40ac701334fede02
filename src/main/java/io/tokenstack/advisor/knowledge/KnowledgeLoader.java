package io.tokenstack.advisor.knowledge;

import io.tokenstack.advisor.pricing.CatalogException;
import io.tokenstack.advisor.pricing.CatalogLoader;
import io.tokenstack.advisor.pricing.CatalogProblem;
import io.tokenstack.advisor.pricing.PriceCatalog;
import io.tokenstack.advisor.support.InputProblem;
import io.tokenstack.advisor.support.InvalidInputException;
import io.tokenstack.advisor.tools.ToolCatalog;
import io.tokenstack.advisor.tools.ToolCatalogReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the rule folder and the price catalog (or the copies packaged in the jar) and builds
 * a {@link Knowledge} from them. Nothing is built from a folder that is only half readable.
 */
public final class KnowledgeLoader {

    public static final String TOOLS_FILE = "tools.yaml";

    private final RuleCompiler compiler = new RuleCompiler();

    /** Rule files from a folder: every .drl, tools.yaml and the scenarios under tests/. */
    public Map<String, String> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(new InputProblem(folder.toString(), null,
                    "is not a rules folder"));
        }
        Map<String, String> files = new TreeMap<>();
        // A walk does not enter a start folder that is a link (a rules folder linked from a
        // shared checkout), so it starts from where the link points.
        try (Stream<Path> paths = Files.walk(folder.toRealPath(), 3)) {
            Path start = folder.toRealPath();
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                String relative = start.relativize(path).toString().replace('\\', '/');
                if (isRuleFile(relative)) {
                    files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules folder " + folder, e);
        }
        return files;
    }

    /** The rule files packaged in the jar, for when no rules folder is present. */
    public Map<String, String> readPackaged() {
        Map<String, String> files = new TreeMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:rules/**/*");
            for (Resource resource : resources) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf("/rules/");
                if (!resource.isReadable() || at < 0) {
                    continue;
                }
                String relative = url.substring(at + "/rules/".length());
                if (isRuleFile(relative)) {
                    try (InputStream in = resource.getInputStream()) {
                        files.put(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged rules", e);
        }
        return files;
    }

    private static boolean isRuleFile(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        if (name.startsWith(".") || name.endsWith("~")) {
            // Editors' backup and lock files sit beside the file being edited.
            return false;
        }
        return relative.endsWith(".drl") || relative.equals(TOOLS_FILE)
                || relative.startsWith(RuleSet.SCENARIO_FOLDER) && relative.matches(".*\\.ya?ml");
    }

    /**
     * Rule files from {@code rulesFolder} when it exists, else the packaged ones; the price
     * catalog from {@code pricingFile} when it exists, else the packaged one.
     */
    public RuleSet read(Path rulesFolder, Path pricingFile) {
        Map<String, String> files;
        String origin;
        if (rulesFolder != null && Files.isDirectory(rulesFolder)) {
            files = readFolder(rulesFolder);
            origin = rulesFolder.toString();
        } else {
            files = readPackaged();
            origin = RuleSet.PACKAGED;
        }
        String pricingOrigin;
        String pricingText;
        try {
            if (pricingFile != null && Files.isRegularFile(pricingFile)) {
                pricingOrigin = pricingFile.toString();
                pricingText = Files.readString(pricingFile, StandardCharsets.UTF_8);
            } else {
                pricingOrigin = CatalogLoader.PACKAGED_ORIGIN;
                pricingText = readPackagedPricing();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read price catalog " + pricingFile, e);
        }
        return new RuleSet(origin, files, pricingOrigin, pricingText);
    }

    /** The price catalog packaged in the jar. */
    public String readPackagedPricing() {
        try (InputStream in = KnowledgeLoader.class.getClassLoader()
                .getResourceAsStream(CatalogLoader.PACKAGED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the jar holds no price catalog");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packaged price catalog", e);
        }
    }

    /** Builds the knowledge base, or throws with every problem located. */
    public Knowledge build(RuleSet set) {
        List<RuleProblem> problems = new ArrayList<>();
        ToolCatalog tools = readTools(set, problems);
        PriceCatalog prices = readPrices(set, problems);
        Map<String, String> drl = set.drlFiles();
        if (drl.isEmpty()) {
            problems.add(new RuleProblem(set.origin(), 0, 0, "no .drl rule files found"));
        }
        RuleCompiler.Compiled compiled = compiler.compile(drl);
        problems.addAll(compiled.problems());
        if (!problems.isEmpty()) {
            throw new KnowledgeBuildException(problems);
        }
        return new Knowledge(compiled.kieBase(), compiled.rules(), tools, prices, set,
                set.version(), Instant.now());
    }

    private static ToolCatalog readTools(RuleSet set, List<RuleProblem> problems) {
        String text = set.files().get(TOOLS_FILE);
        if (text == null) {
            problems.add(new RuleProblem(TOOLS_FILE, 0, 0, "missing: the tool facts file"));
            return null;
        }
        try {
            return new ToolCatalogReader().read(TOOLS_FILE, text);
        } catch (InvalidInputException e) {
            YamlLocator lines = YamlLocator.of(text);
            for (InputProblem p : e.problems()) {
                if (!lines.parsed()) {
                    // The reader names the field it was in when the syntax broke; the parser's
                    // position is the line to edit.
                    String message = p.message().startsWith("not valid YAML") ? p.message()
                            : "not valid YAML: " + p.message();
                    problems.add(new RuleProblem(TOOLS_FILE, lines.errorLine(),
                            lines.errorColumn(), message));
                    continue;
                }
                boolean located = p.field() != null && !p.field().isBlank();
                problems.add(new RuleProblem(TOOLS_FILE, located ? lines.lineOf(p.field()) : 1,
                        0, (located ? p.field() + ": " : "") + p.message()));
            }
            return null;
        }
    }

    private static PriceCatalog readPrices(RuleSet set, List<RuleProblem> problems) {
        try {
            return new CatalogLoader().parse(set.pricingText(), set.pricingOrigin(), false)
                    .catalog();
        } catch (CatalogException e) {
            YamlLocator lines = YamlLocator.of(set.pricingText());
            for (CatalogProblem p : e.problems()) {
                problems.add(new RuleProblem(set.pricingOrigin(), lineOf(lines, p), 0,
                        describe(p)));
            }
            return null;
        }
    }

    private static int lineOf(YamlLocator lines, CatalogProblem p) {
        if (p.modelId() == null) {
            return p.field() == null ? lines.errorLine() : lines.lineOf(p.field());
        }
        if (p.modelId().matches("models\\[\\d+]")) {
            return lines.lineOf(p.modelId() + (p.field() == null ? "" : "." + p.field()));
        }
        return lines.lineOfEntry("models", p.modelId(), p.field());
    }

    /** The problem without its file name, which the located problem already carries. */
    private static String describe(CatalogProblem p) {
        StringBuilder text = new StringBuilder();
        if (p.modelId() != null) {
            text.append("model '").append(p.modelId()).append("': ");
        }
        if (p.field() != null) {
            text.append(p.field()).append(": ");
        }
        return text.append(p.message()).toString();
    }
}
