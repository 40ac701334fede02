package io.tokenstack.advisor.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder beside a jar that holds its fast start on one JVM: the jar extracted, a class
 * data archive or an ahead-of-time cache of the classes a command loads, and a stamp naming
 * the jar and the JVM they were made for. An archive only fits the jar and the JVM that made
 * it, so each JVM has a folder of its own ({@code fast/17-1a2b3c4d}), and a stamp that names
 * another build means the folder is not used.
 */
final class FastStartFolder {

    static final String NAME = "fast";

    private final Path jar;
    private final Path root;
    private final Jvm jvm;

    FastStartFolder(Path jar, Jvm jvm) {
        this.jar = jar.toAbsolutePath().normalize();
        this.jvm = jvm;
        Path parent = this.jar.getParent();
        Path all = parent == null ? Path.of(NAME) : parent.resolve(NAME);
        this.root = all.resolve(jvm.feature() + "-" + Integer.toHexString(
                (jvm.home() + " " + jvm.version()).hashCode()));
    }

    Jvm jvm() {
        return jvm;
    }

    Path jar() {
        return jar;
    }

    Path root() {
        return root;
    }

    /** The extracted jar: its manifest names the main class and the libraries beside it. */
    Path extractedJar() {
        return root.resolve("app").resolve(jar.getFileName());
    }

    Path libraries() {
        return root.resolve("app").resolve("lib");
    }

    /** A home for the training runs, so they leave no log, history or rules in the user's. */
    Path trainingHome() {
        return root.resolve("home");
    }

    Path staticArchive() {
        return root.resolve("app.jsa");
    }

    /** Made on top of the static archive; holds the lambda classes JDK 17 cannot dump. */
    Path dynamicArchive() {
        return root.resolve("app-dynamic.jsa");
    }

    Path aotCache() {
        return root.resolve("app.aot");
    }

    Path stamp() {
        return root.resolve("stamp");
    }

    /** Held while the folder is being made, so two runs never make it at once. */
    Path lock() {
        return root.resolveSibling(root.getFileName() + ".lock");
    }

    /**
     * What the stamp must say for this jar on this JVM: the jar's path, size and time, and the
     * JVM's home and build. Reading it costs two file attributes, no process.
     */
    String expectedStamp() throws IOException {
        return String.join("\n", "jar " + jar, "size " + Files.size(jar),
                "modified " + Files.getLastModifiedTime(jar).toMillis(),
                "java.home " + jvm.home(), "java.vm.version " + jvm.version(), "");
    }

    boolean fits() {
        try {
            return Files.isRegularFile(extractedJar())
                    && Files.readString(stamp(), StandardCharsets.UTF_8)
                            .equals(expectedStamp());
        } catch (IOException e) {
            return false;
        }
    }

    /** The JVM a stamp is made for: the running one, unless a test says otherwise. */
    record Jvm(Path home, String version, int feature) {

        static Jvm current() {
            return new Jvm(Path.of(System.getProperty("java.home")),
                    System.getProperty("java.vm.version"), Runtime.version().feature());
        }

        Path java() {
            return home.resolve("bin").resolve("java");
        }
    }
}
