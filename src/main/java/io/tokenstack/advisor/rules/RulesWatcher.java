package io.tokenstack.advisor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Watches the rules folder and the price file while serving, and reloads after a change.
 * Editors save in bursts (a temporary file, a rename, a second write), so changes are
 * debounced: a reload starts once the files have been quiet for {@code debounce}. Reloads run
 * on one background thread, never on a request's, and {@link RulesService#reload()} puts the
 * new rules in force only when they build and pass their scenarios.
 *
 * <p>Where the file system delivers no change events, or when asked to, the files'
 * sizes and modification times are polled instead.
 */
public class RulesWatcher implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    private final RulesService rules;
    private final Path rulesFolder;
    private final Path pricingFile;
    private final Duration debounce;
    private final Duration pollInterval;
    private final boolean forcePolling;

    private final Object lock = new Object();
    private final Map<WatchKey, Path> watched = new ConcurrentHashMap<>();
    private ScheduledExecutorService reloads;
    private ScheduledFuture<?> pending;
    private WatchService watchService;
    private Thread watchThread;
    private volatile boolean running;
    private volatile String fingerprint = "";
    private volatile String mode = "off";

    public RulesWatcher(RulesService rules, Duration debounce, Duration pollInterval,
            boolean forcePolling) {
        this.rules = rules;
        this.rulesFolder = rules.holder().rulesFolder().toAbsolutePath().normalize();
        this.pricingFile = rules.holder().pricingFile().toAbsolutePath().normalize();
        this.debounce = debounce;
        this.pollInterval = pollInterval;
        this.forcePolling = forcePolling;
    }

    @Override
    public void start() {
        reloads = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "rules-reload");
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        // Build and check the rules in force once, off the start-up path.
        reloads.execute(() -> guarded(rules::checkInForce));
        if (!Files.isDirectory(rulesFolder)) {
            LOG.info("No rules folder at {}: serving the rules packaged in the jar until one"
                    + " appears there (rules export writes it)", rulesFolder);
        }
        if (!forcePolling && watchWithEvents()) {
            mode = "events";
        } else {
            fingerprint = fingerprint();
            reloads.scheduleWithFixedDelay(() -> guarded(this::poll),
                    pollInterval.toMillis(), pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            mode = "polling";
        }
        LOG.info("Watching {} and {} for rule changes ({}, debounce {} ms)", rulesFolder,
                pricingFile, mode, debounce.toMillis());
    }

    private boolean watchWithEvents() {
        try {
            watchService = FileSystems.getDefault().newWatchService();
            if (Files.isDirectory(rulesFolder)) {
                registerTree(rulesFolder);
            }
            Path pricingFolder = pricingFile.getParent();
            if (pricingFolder != null && Files.isDirectory(pricingFolder)
                    && !watched.containsValue(pricingFolder)) {
                register(pricingFolder);
            }
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("File change events unavailable ({}); polling every {} ms instead",
                    e.getMessage(), pollInterval.toMillis());
            closeWatchService();
            return false;
        }
        watchThread = new Thread(this::watchLoop, "rules-watch");
        watchThread.setDaemon(true);
        watchThread.start();
        return true;
    }

    private void registerTree(Path folder) throws IOException {
        try (Stream<Path> folders = Files.walk(folder, 3)) {
            for (Path each : folders.filter(Files::isDirectory).toList()) {
                register(each);
            }
        }
    }

    private void register(Path folder) throws IOException {
        WatchKey key = folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        watched.put(key, folder);
    }

    private void watchLoop() {
        while (running) {
            WatchKey key;
            try {
                key = watchService.poll(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            if (key == null) {
                rearmIfRecreated();
                continue;
            }
            Path folder = watched.get(key);
            boolean relevant = false;
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
                    relevant = true;
                    continue;
                }
                Path changed = folder.resolve((Path) event.context());
                if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                        && changed.startsWith(rulesFolder) && Files.isDirectory(changed)) {
                    guarded(() -> registerTree(changed));
                    relevant = true;
                }
                relevant |= isRuleFile(changed);
            }
            if (!key.reset()) {
                // The folder itself went away (a checkout replacing it); watch it again once
                // it is back, and reload either way so the failure is on record.
                watched.remove(key);
                relevant = true;
            }
            if (relevant) {
                changed();
            }
        }
    }

    private void rearmIfRecreated() {
        if (Files.isDirectory(rulesFolder) && !watched.containsValue(rulesFolder)) {
            guarded(() -> registerTree(rulesFolder));
            changed();
        }
    }

    private boolean isRuleFile(Path path) {
        if (path.equals(pricingFile)) {
            return true;
        }
        String name = path.getFileName().toString();
        return path.startsWith(rulesFolder) && !name.startsWith(".") && !name.endsWith("~")
                && (name.endsWith(".drl") || name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    private void poll() {
        String now = fingerprint();
        if (!now.equals(fingerprint)) {
            fingerprint = now;
            changed();
        }
    }

    /** Sizes and modification times of every rule file and the price file. */
    private String fingerprint() {
        StringBuilder print = new StringBuilder();
        if (Files.isDirectory(rulesFolder)) {
            try (Stream<Path> files = Files.walk(rulesFolder, 3)) {
                files.filter(Files::isRegularFile).filter(this::isRuleFile).sorted()
                        .forEach(file -> print.append(stamp(file)));
            } catch (IOException | UncheckedIOException e) {
                // A folder changing under the walk: the next poll sees it settled.
                return fingerprint + "?";
            }
        }
        return print.append(stamp(pricingFile)).toString();
    }

    private static String stamp(Path file) {
        try {
            return file + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file) + "\n";
        } catch (IOException e) {
            return file + ":absent\n";
        }
    }

    /** Restarts the quiet period; the reload runs once no change came for {@code debounce}. */
    void changed() {
        synchronized (lock) {
            if (!running) {
                return;
            }
            if (pending != null) {
                pending.cancel(false);
            }
            pending = reloads.schedule(() -> guarded(rules::reload), debounce.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    /** A failed reload must not end the watcher: the service keeps the rules it has. */
    private static void guarded(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            LOG.error("Rule reload failed unexpectedly; the rules in force keep serving", e);
        }
    }

    public String mode() {
        return mode;
    }

    @Override
    public void stop() {
        running = false;
        closeWatchService();
        if (reloads != null) {
            reloads.shutdownNow();
        }
        if (watchThread != null) {
            watchThread.interrupt();
        }
    }

    private void closeWatchService() {
        if (watchService != null) {
            try {
                watchService.close();
            } catch (IOException e) {
                LOG.debug("Closing the rules watch service", e);
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
