package io.tokenstack.advisor.knowledge;

import io.tokenstack.advisor.pricing.CatalogLoader;
import io.tokenstack.advisor.tools.ToolCatalogReader;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule packages kept on disk between runs, so that a command started again on the
 * same rule and price files skips compiling them: most of a cold build is the Java compiler
 * turning the rules' consequences into classes. An entry is named after the files' version
 * hash and the Drools and Java versions, so any edit, upgrade or other JDK misses it; an
 * entry that cannot be read is deleted and the rules are compiled as usual. Only packages
 * that built without a problem are stored, and the cache is this program's own output in the
 * user's home, so reading it trusts no more than running the program does.
 */
public final class CompiledRules {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);
    private static final String SUFFIX = ".kpkg";
    private static final int FORMAT = 1;

    private final Path folder;

    public CompiledRules(Path folder) {
        this.folder = folder;
    }

    /** The knowledge base of {@code set} from its stored packages, when they are there. */
    public Optional<Knowledge> load(RuleSet set) {
        Path file = entry(set.version());
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            DataInputStream data = new DataInputStream(in);
            if (data.readInt() != FORMAT || !data.readUTF().equals(set.version())) {
                throw new IOException("written for other rule files");
            }
            int count = data.readInt();
            List<RuleInfo> rules = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                rules.add(new RuleInfo(data.readUTF(), data.readUTF(), data.readUTF()));
            }
            Collection<KiePackage> packages = readPackages(data);
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(packages);
            return Optional.of(new Knowledge(base, rules,
                    new ToolCatalogReader().read(KnowledgeLoader.TOOLS_FILE,
                            set.files().get(KnowledgeLoader.TOOLS_FILE)),
                    new CatalogLoader().parse(set.pricingText(), set.pricingOrigin(), false)
                            .catalog(),
                    set, set.version(), Instant.now()));
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            LOG.warn("Compiled rules in {} are unusable ({}); compiling the rules instead",
                    file, e.toString());
            deleteQuietly(file);
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Collection<KiePackage> readPackages(InputStream in)
            throws IOException, ClassNotFoundException {
        ObjectInputStream objects = new DroolsObjectInputStream(in,
                CompiledRules.class.getClassLoader());
        return (Collection<KiePackage>) objects.readObject();
    }

    /**
     * Stores a knowledge base's packages under its version, replacing older entries. Written
     * to a temporary file first, so a run that ends while writing leaves no half entry.
     */
    public void store(Knowledge knowledge) {
        Path file = entry(knowledge.version());
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, "writing-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
                DataOutputStream data = new DataOutputStream(out);
                data.writeInt(FORMAT);
                data.writeUTF(knowledge.version());
                data.writeInt(knowledge.rules().size());
                for (RuleInfo rule : knowledge.rules()) {
                    data.writeUTF(rule.name());
                    data.writeUTF(rule.file());
                    data.writeUTF(rule.description());
                }
                data.flush();
                ObjectOutputStream objects = new DroolsObjectOutputStream(out);
                objects.writeObject(new ArrayList<>(knowledge.kieBase().getKiePackages()));
                objects.flush();
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            removeOthers(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not keep the compiled rules in {}: {}", folder, e.toString());
            if (temporary != null) {
                deleteQuietly(temporary);
            }
        }
    }

    private Path entry(String version) {
        String drools = String.valueOf(KiePackage.class.getPackage().getImplementationVersion());
        String java = System.getProperty("java.vm.version", "java");
        String name = (version + "-" + drools + "-" + java).replaceAll("[^A-Za-z0-9._-]", "_");
        return folder.resolve(name + SUFFIX);
    }

    /** One entry is enough: the rule files in force. Leftovers of other versions go. */
    private void removeOthers(Path kept) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path other : entries) {
                String name = other.getFileName().toString();
                if (!other.equals(kept) && (name.endsWith(SUFFIX) || name.endsWith(".tmp"))) {
                    deleteQuietly(other);
                }
            }
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("Could not delete {}: {}", file, e.toString());
        }
    }
}
