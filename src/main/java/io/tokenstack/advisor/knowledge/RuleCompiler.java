package io.tokenstack.advisor.knowledge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles DRL text into a {@link KieBase} on the interpreted (mvel) path, whose errors point
 * into the .drl files a reviewer edits. Also checks what the compiler does not: duplicate rule
 * names and rules without a one-sentence meaning.
 */
public final class RuleCompiler {

    /** Drools puts the column only inside the message text: "Line 5:35 ...". */
    private static final Pattern LINE_COLUMN = Pattern.compile("[Ll]ine (\\d+):(\\d+)");

    public record Compiled(KieBase kieBase, List<RuleInfo> rules, List<RuleProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Compiled compile(Map<String, String> drlFiles) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Map.Entry<String, String> file : drlFiles.entrySet()) {
            Resource resource = ResourceFactory.newByteArrayResource(
                    file.getValue().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(file.getKey());
            builder.add(resource, ResourceType.DRL);
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            problems.add(toProblem(error));
        }
        if (!problems.isEmpty()) {
            return new Compiled(null, List.of(), problems);
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder.getKnowledgePackages());
        List<RuleInfo> rules = describe(base, drlFiles, problems);
        return new Compiled(problems.isEmpty() ? base : null, rules, problems);
    }

    private static List<RuleInfo> describe(KieBase base, Map<String, String> drlFiles,
            List<RuleProblem> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        Map<String, String> fileOfRule = new HashMap<>();
        for (KiePackage pkg : base.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                String file = fileOf(rule);
                int line = lineOf(rule, drlFiles.get(file));
                String previous = fileOfRule.put(rule.getName(), file);
                if (previous != null) {
                    problems.add(new RuleProblem(file, line, 0, "rule \""
                            + rule.getName() + "\" is also defined in " + previous));
                }
                Object description = descriptionOf(rule);
                if (description == null || description.toString().isBlank()) {
                    problems.add(new RuleProblem(file, line, 0, "rule \""
                            + rule.getName() + "\" has no @description(\"...\"): say in one"
                            + " sentence what it decides"));
                }
                rules.add(new RuleInfo(rule.getName(), file,
                        description == null ? "" : unquote(description.toString())));
            }
        }
        rules.sort(java.util.Comparator.comparing(RuleInfo::file)
                .thenComparing(r -> lineOf(r.name(), drlFiles.get(r.file()))));
        return rules;
    }

    /** {@code @description} resolves to kie-api's Description annotation, so accept both keys. */
    private static Object descriptionOf(Rule rule) {
        Object value = rule.getMetaData().get("description");
        return value != null ? value
                : rule.getMetaData().get(org.kie.api.definition.type.Description.class.getName());
    }

    private static String fileOf(Rule rule) {
        if (rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl
                && impl.getResource() != null && impl.getResource().getSourcePath() != null) {
            return impl.getResource().getSourcePath();
        }
        return rule.getPackageName();
    }

    private static int lineOf(String name, String text) {
        return text == null ? 0 : text.indexOf("rule \"" + name + "\"");
    }

    /** The compiled rule keeps no line, so find its declaration in the source text. */
    private static int lineOf(Rule rule, String text) {
        if (text == null) {
            return 0;
        }
        String[] lines = text.split("\n", -1);
        String declaration = "rule \"" + rule.getName() + "\"";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].trim().startsWith(declaration)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String unquote(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }

    private static RuleProblem toProblem(KnowledgeBuilderError error) {
        String file = error.getResource() == null || error.getResource().getSourcePath() == null
                ? "?" : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        int line = lines != null && lines.length > 0 ? lines[0] : 0;
        int column = 0;
        String message = error.getMessage() == null ? "" : error.getMessage().trim();
        Matcher at = LINE_COLUMN.matcher(message);
        if (at.find()) {
            if (line <= 0) {
                line = Integer.parseInt(at.group(1));
            }
            column = Integer.parseInt(at.group(2));
        }
        return new RuleProblem(file, line, column, message.replaceAll("\\s+", " "));
    }
}
