package io.tokenstack.advisor.launch;

import io.tokenstack.advisor.launch.FastStartFolder.Jvm;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The fat jar's entry point, so that {@code java -jar token-stack-advisor.jar <command>}
 * starts fast. A plain {@code java -jar} cannot use a class data archive (that takes JVM
 * options, which a jar cannot carry), and loading Spring, Spring Shell and Drools class by
 * class from nested jars is most of a four-second start. When the build has prepared a fast
 * start beside the jar ({@link FastStartPreparer}) for this very jar and JVM, this JVM hands
 * the command to a second one started from the extracted jar with the archive, and ends with
 * its exit status. Both share the terminal, so the interactive shell and pipes work as
 * before. Otherwise it starts the application as Spring Boot's launcher does.
 *
 * <p>This package sits at the jar's root, beside Spring Boot's launcher, where it loads
 * before any nested jar is opened: it uses nothing but the JDK, and the path to a hand-over
 * no lambda, whose first use costs tens of milliseconds. Being at the root, it is also what
 * the application sees of the package, so all of it must be there: across class loaders a
 * package is two packages.
 *
 * <p>Serving is never handed over: a service starts once and runs for days on the full
 * compiler. Neither is a JVM the user configured in ways a second one would upset (a debugger
 * or agent, an archive of their own), nor one told {@code -Dadvisor.fast-start=off}. Without a
 * prepared folder the command runs in this JVM, as slowly as before.
 */
public final class FastStart {

    /**
     * {@code off} runs every command in the JVM it was started in; {@code auto} prepares the
     * fast start first when this JVM has none yet (what {@code ./advisor} asks for).
     */
    public static final String PROPERTY = "advisor.fast-start";
    /** The value a handed-over JVM gets, so that it never hands over again. */
    static final String CHILD = "child";
    static final String OFF = "off";
    static final String AUTO = "auto";

    /** Options that configure class loading or attach something to the JVM. */
    private static final List<String> KEEP_HERE_PREFIXES = List.of("-agentlib", "-agentpath",
            "-javaagent", "-Xdebug", "-Xrunjdwp", "-Xshare", "-XX:SharedArchiveFile",
            "-XX:SharedClassListFile", "-XX:ArchiveClassesAtExit", "-XX:DumpLoadedClassList",
            "-XX:+AutoCreateSharedArchive", "-XX:AOT");
    private static final Set<String> GC_CHOICES = Set.of("-XX:+UseSerialGC",
            "-XX:+UseParallelGC", "-XX:+UseG1GC", "-XX:+UseZGC", "-XX:+UseShenandoahGC",
            "-XX:+UseEpsilonGC");

    /**
     * Where the optimising compiler starts to pay for a batch: measured on two cores, 10,000
     * profiles took twice as long with it and 100,000 a tenth less; the lines cross near
     * 60,000 (BENCHMARKS.md, "Many teams").
     */
    static final long LARGE_BATCH_PROFILES = 60_000;
    /** A one-model profile on one JSON line is 600 to 700 bytes. */
    static final long BYTES_PER_JSON_PROFILE = 600;

    private static final String SPRING_BOOT_LAUNCHER =
            "org.springframework.boot.loader.launch.JarLauncher";

    private FastStart() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && FastStartPreparer.ARGUMENT.equals(args[0])) {
            System.exit(FastStartPreparer.prepareThisJar());
        }
        OptionalInt handedOver = handOver(args);
        if (handedOver.isPresent()) {
            System.exit(handedOver.getAsInt());
        }
        try {
            Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * Runs the command in a fast-starting JVM when one is prepared and fits.
     *
     * @return that JVM's exit status, or empty when the command should run here
     */
    public static OptionalInt handOver(String[] args) {
        String setting = System.getProperty(PROPERTY);
        if (OFF.equals(setting) || CHILD.equals(setting) || System.getProperty("jarmode") != null
                || isServe(args)) {
            return OptionalInt.empty();
        }
        Optional<String[]> launch = ProcessHandle.current().info().arguments();
        Optional<Path> jar = singleJar(System.getProperty("java.class.path", ""));
        if (launch.isEmpty() || jar.isEmpty()) {
            return OptionalInt.empty();
        }
        FastStartFolder folder = new FastStartFolder(jar.get(), Jvm.current());
        List<String> launched = Arrays.asList(launch.get());
        Optional<List<String>> command = command(launched, args, folder);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        if (!folder.fits()) {
            if (!AUTO.equals(setting) || !prepare(folder)) {
                return OptionalInt.empty();
            }
            // Now with the archive just made.
            command = command(launched, args, folder);
        }
        return run(command.get());
    }

    /** Prepares the fast start on the spot, saying so: it takes a while, once. */
    private static boolean prepare(FastStartFolder folder) {
        tellUser("preparing the fast start for this JDK in " + folder.root()
                + " (once, about half a minute)");
        try {
            new FastStartPreparer(folder).prepare();
        } catch (IOException | RuntimeException e) {
            tellUser("the fast start was not prepared (" + e.getMessage()
                    + "); running without it");
            return false;
        }
        return folder.fits();
    }

    /**
     * A line for the person at the terminal, on stderr so that stdout keeps the answer alone.
     * No logger: this runs before the application, with only the JDK on the class path, and a
     * log file would hide why the first command is slow.
     */
    private static void tellUser(String line) {
        System.err.println("advisor: " + line);
    }

    /** Whether this JVM is the second one, started by a hand-over. */
    public static boolean handedOver() {
        return CHILD.equals(System.getProperty(PROPERTY));
    }

    static boolean isServe(String[] args) {
        return args.length > 0 && "serve".equals(args[0]);
    }

    /** The jar a {@code java -jar} was given: then the class path is that one file. */
    static Optional<Path> singleJar(String classPath) {
        if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator)
                || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath);
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /**
     * The second JVM's command line, or empty when this launch should not be handed over.
     *
     * @param launch this JVM's arguments after the executable: its options, {@code -jar},
     *     the jar, then the command
     */
    static Optional<List<String>> command(List<String> launch, String[] args,
            FastStartFolder folder) {
        Jvm jvm = folder.jvm();
        int jarFlag = launch.indexOf("-jar");
        if (jarFlag < 0 || jarFlag + 1 >= launch.size()) {
            return Optional.empty();
        }
        List<String> userOptions = launch.subList(0, jarFlag);
        boolean gcChosen = false;
        for (String option : userOptions) {
            for (String prefix : KEEP_HERE_PREFIXES) {
                if (option.startsWith(prefix)) {
                    return Optional.empty();
                }
            }
            gcChosen |= GC_CHOICES.contains(option);
        }
        List<String> command = new ArrayList<>();
        command.add(jvm.java().toString());
        command.addAll(archiveOptions(folder, jvm));
        if (jvm.feature() >= 24) {
            // JLine loads its terminal library natively; JDK 24 and later warn unless allowed.
            command.add("--enable-native-access=ALL-UNNAMED");
        }
        if (args.length > 0) {
            // A one-shot command is over before the optimising compiler would pay for itself,
            // and so is a batch of fewer than tens of thousands of profiles: on two cores its
            // compilations take the CPU the advice needs (see BENCHMARKS.md). Neither needs a
            // concurrent collector: the heap holds a knowledge base and a window of profiles.
            if (!isLargeBatch(args)) {
                command.add("-XX:TieredStopAtLevel=1");
            }
            if (!gcChosen) {
                command.add("-XX:+UseSerialGC");
            }
            command.add("-XX:-UsePerfData");
        }
        // The user's own options come after ours, so where they repeat one, theirs wins; but
        // the second JVM must know it is one, whatever this one was told.
        command.addAll(userOptions);
        command.add("-D" + PROPERTY + "=" + CHILD);
        command.add("-jar");
        command.add(folder.extractedJar().toString());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * {@code advise --batch SOURCE} with a source of at least {@link #LARGE_BATCH_PROFILES}
     * profiles: that many YAML files in a folder, or a JSON-lines file of that many typical
     * lines. A source that cannot be read counts as small; the command will say what is wrong.
     */
    static boolean isLargeBatch(String[] args) {
        Optional<Path> source = batchSource(args);
        if (source.isEmpty()) {
            return false;
        }
        Path path = source.get();
        try {
            if (Files.isRegularFile(path)) {
                return Files.size(path) >= LARGE_BATCH_PROFILES * BYTES_PER_JSON_PROFILE;
            }
            if (Files.isDirectory(path)) {
                long entries = 0;
                try (DirectoryStream<Path> files = Files.newDirectoryStream(path)) {
                    for (Path ignored : files) {
                        if (++entries >= LARGE_BATCH_PROFILES) {
                            return true;
                        }
                    }
                }
            }
        } catch (IOException | SecurityException e) {
            return false;
        }
        return false;
    }

    /** The value of {@code advise}'s {@code --batch} option, in either spelling. */
    static Optional<Path> batchSource(String[] args) {
        if (args.length == 0 || !"advise".equals(args[0])) {
            return Optional.empty();
        }
        for (int i = 1; i < args.length; i++) {
            String value = null;
            if ("--batch".equals(args[i]) && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--batch=")) {
                value = args[i].substring("--batch=".length());
            }
            if (value != null && !value.isEmpty()) {
                try {
                    return Optional.of(Path.of(value));
                } catch (InvalidPathException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> archiveOptions(FastStartFolder folder, Jvm jvm) {
        if (jvm.feature() >= 25 && Files.isRegularFile(folder.aotCache())) {
            // A cache that no longer fits is skipped silently and the command runs without it.
            return List.of("-XX:AOTCache=" + folder.aotCache(), "-Xlog:aot=off",
                    "-Xlog:cds=off");
        }
        Path archive = Files.isRegularFile(folder.dynamicArchive()) ? folder.dynamicArchive()
                : folder.staticArchive();
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off");
        }
        return List.of();
    }

    /**
     * Starts the second JVM on this terminal and waits for it. Ctrl-C reaches both JVMs (they
     * share the terminal's process group): the second one handles it, as it would alone, and
     * this one waits for it to end rather than leave it without its parent. A plain kill of
     * this JVM is passed on.
     */
    private static OptionalInt run(List<String> command) {
        ignoreInterrupts();
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                if (child.isAlive()) {
                    child.destroy();
                    try {
                        child.waitFor(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }, "fast-start-stop"));
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // Nothing here interrupts this thread on purpose; keep waiting for the child.
            }
        }
    }

    /**
     * A handler that does nothing, not the ignore disposition: an ignored signal stays ignored
     * in the programs this JVM starts, and the second JVM must still stop on Ctrl-C.
     */
    @SuppressWarnings("removal")
    private static void ignoreInterrupts() {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), new sun.misc.SignalHandler() {
                @Override
                public void handle(sun.misc.Signal signal) {
                    // The second JVM got the same signal and decides what it means.
                }
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // No such signal here (not a POSIX system): nothing to keep from the child.
        }
    }
}
