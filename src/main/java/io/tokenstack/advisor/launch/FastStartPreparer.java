package io.tokenstack.advisor.launch;

import io.tokenstack.advisor.launch.FastStartFolder.Jvm;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Makes the fast start beside a jar, for the JVM running this: extracts the jar, records the
 * classes a typical command loads by running one, and archives them. JDK 17 to 24 get a class
 * data sharing archive, JDK 25 and later an ahead-of-time cache (JEP 483 and 514), which holds
 * the classes loaded and linked, not only parsed. The build runs it after packaging
 * ({@code java -jar target/token-stack-advisor.jar --prepare-fast-start}); another JDK needs
 * it run once with that JDK, which {@code ./advisor} does by itself.
 *
 * <p>An archive that cannot be made leaves the extracted jar to run without one, still
 * faster than the nested jar. Each training run's output is kept in {@code prepare.log}.
 */
public final class FastStartPreparer {

    /** The launch argument that prepares the fast start instead of running a command. */
    public static final String ARGUMENT = "--prepare-fast-start";

    private static final String PACKAGED_CLASSES = "BOOT-INF/classes/";
    private static final String TRAINING_PROFILE = "profiles/article-baseline.yaml";
    private static final long RUN_TIMEOUT_MINUTES = 5;

    private final FastStartFolder folder;
    private final Jvm jvm;
    private final Path log;

    FastStartPreparer(FastStartFolder folder) {
        this.folder = folder;
        this.jvm = folder.jvm();
        this.log = folder.root().resolve("prepare.log");
    }

    /**
     * Prepares the fast start of the jar this JVM was started from.
     *
     * @return the exit status: 0 when prepared (or already in place), 2 when this was not
     *     started with {@code java -jar}, 1 when the jar could not be extracted
     */
    public static int prepareThisJar() {
        Optional<Path> jar = FastStart.singleJar(System.getProperty("java.class.path", ""));
        if (jar.isEmpty()) {
            System.err.println("error: " + ARGUMENT + " works on the jar it is given to:"
                    + " java -jar token-stack-advisor.jar " + ARGUMENT);
            return 2;
        }
        try {
            new FastStartPreparer(new FastStartFolder(jar.get(), Jvm.current())).prepare();
            return 0;
        } catch (IOException | RuntimeException e) {
            System.err.println("error: the fast start of " + jar.get() + " was not prepared: "
                    + e.getMessage());
            return 1;
        }
    }

    void prepare() throws IOException {
        Files.createDirectories(folder.root().getParent());
        // Folders of earlier builds for this JVM are replaced; other JVMs' are left alone.
        try (FileChannel channel = FileChannel.open(folder.lock(), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            if (folder.fits()) {
                return;
            }
            deleteTree(folder.root());
            Files.createDirectories(folder.trainingHome());
            extract();
            unsignLibraries();
            Path profile = writeTrainingProfile();
            if (jvm.feature() >= 25) {
                makeAotCache(profile);
            } else {
                makeClassArchive(profile);
            }
            // Written last: a folder without its stamp is never used.
            Files.writeString(folder.stamp(), folder.expectedStamp(), StandardCharsets.UTF_8);
        }
    }

    private void extract() throws IOException {
        if (run(List.of(jvm.java().toString(), "-Djarmode=tools", "-jar",
                folder.jar().toString(), "extract", "--destination",
                folder.root().resolve("app").toString())) != 0
                || !Files.isRegularFile(folder.extractedJar())) {
            throw new IllegalStateException("extracting it failed; see " + log);
        }
    }

    /**
     * A signed jar is left out of a class archive. ECJ, which compiles the rules' Java code,
     * comes signed; its copy here loses the signature files, its classes are unchanged.
     */
    private void unsignLibraries() throws IOException {
        if (!Files.isDirectory(folder.libraries())) {
            return;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(folder.libraries(),
                "*.jar")) {
            for (Path jar : jars) {
                if (isSigned(jar)) {
                    unsign(jar);
                }
            }
        }
    }

    private static boolean isSignature(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0
                && (upper.endsWith(".SF") || upper.endsWith(".RSA") || upper.endsWith(".DSA")
                        || upper.endsWith(".EC"));
    }

    private static boolean isSigned(Path jar) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (isSignature(entry.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void unsign(Path jar) throws IOException {
        Path copy = jar.resolveSibling(jar.getFileName() + ".unsigned");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!isSignature(entry.getName())) {
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
        Files.move(copy, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The shipped example profile, as a file: the training command reads one, as users do.
     * Read from the jar as a file, since this runs before any class loader sees inside it.
     */
    private Path writeTrainingProfile() throws IOException {
        Path profile = folder.root().resolve("training-profile.yaml");
        try (ZipFile jar = new ZipFile(folder.jar().toFile())) {
            ZipEntry entry = jar.getEntry(PACKAGED_CLASSES + TRAINING_PROFILE);
            if (entry == null) {
                throw new IllegalStateException(TRAINING_PROFILE + " is not in the jar");
            }
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, profile, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return profile;
    }

    /** One typical command from the extracted jar, in the training home. */
    private List<String> trainingRun(Path profile, List<String> options) {
        List<String> command = new ArrayList<>();
        command.add(jvm.java().toString());
        if (jvm.feature() >= 24) {
            // An AOT cache needs the same setting when it is made and when it is used.
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        command.addAll(options);
        command.add("-D" + FastStart.PROPERTY + "=" + FastStart.CHILD);
        command.add("-Duser.home=" + folder.trainingHome());
        command.addAll(List.of("-jar", folder.extractedJar().toString(), "advise",
                profile.toString()));
        return command;
    }

    /**
     * The first run compiles the rules into the training home, so the recorded run takes the
     * path later runs take: reading them back compiled.
     */
    private void makeAotCache(Path profile) throws IOException {
        run(trainingRun(profile, List.of()));
        if (run(trainingRun(profile, List.of("-XX:AOTCacheOutput=" + folder.aotCache()))) != 0) {
            Files.deleteIfExists(folder.aotCache());
        }
    }

    /**
     * Records the classes of two runs (the first compiles the rules, the second reads them
     * back compiled, as later runs do), dumps them into a static archive, then lets a third
     * run add the lambda classes in a dynamic archive on top: JDK 17 crashes when it is asked
     * to put those in the static one.
     */
    private void makeClassArchive(Path profile) throws IOException {
        Set<String> classes = new LinkedHashSet<>();
        for (String pass : List.of("compiling", "compiled")) {
            Path list = folder.root().resolve("classes." + pass);
            run(trainingRun(profile, List.of("-Xshare:off",
                    "-XX:DumpLoadedClassList=" + list)));
            if (Files.isRegularFile(list)) {
                try (Stream<String> lines = Files.lines(list)) {
                    lines.filter(line -> !line.startsWith("@lambda-proxy"))
                            .forEach(classes::add);
                }
            }
        }
        Path list = folder.root().resolve("classes.lst");
        Files.write(list, classes);
        if (run(List.of(jvm.java().toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + folder.staticArchive(),
                "-cp", folder.extractedJar().toString())) != 0) {
            Files.deleteIfExists(folder.staticArchive());
            return;
        }
        if (run(trainingRun(profile, List.of("-XX:SharedArchiveFile=" + folder.staticArchive(),
                "-XX:ArchiveClassesAtExit=" + folder.dynamicArchive()))) != 0) {
            Files.deleteIfExists(folder.dynamicArchive());
        }
    }

    /** Runs a step with its output appended to the log; its exit status, -1 on a timeout. */
    private int run(List<String> command) throws IOException {
        Files.createDirectories(log.getParent());
        try (OutputStream out = Files.newOutputStream(log, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            out.write(("$ " + String.join(" ", command) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(nullInput()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            if (!process.waitFor(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    private static java.io.File nullInput() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows")
                ? "NUL" : "/dev/null");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
