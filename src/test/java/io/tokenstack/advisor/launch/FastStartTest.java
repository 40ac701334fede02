package io.tokenstack.advisor.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.launch.FastStartFolder.Jvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastStartTest {

    private static final Jvm JDK_17 = new Jvm(Path.of("/jdk17"), "17.0.15+6", 17);
    private static final Jvm JDK_25 = new Jvm(Path.of("/jdk25"), "25.0.1+8", 25);

    @TempDir
    Path dir;

    private Path jar;

    @BeforeEach
    void aJar() throws IOException {
        jar = Files.write(dir.resolve("token-stack-advisor.jar"), new byte[] {1, 2, 3});
    }

    private static List<String> launch(String... options) {
        List<String> launch = new java.util.ArrayList<>(List.of(options));
        launch.addAll(List.of("-jar", "target/token-stack-advisor.jar"));
        return launch;
    }

    @Test
    void aOneShotCommandRunsFromTheExtractedJarWithTheArchiveAndTheQuickCompiler()
            throws IOException {
        FastStartFolder folder = new FastStartFolder(jar, JDK_17);
        Files.createDirectories(folder.root());
        Files.write(folder.staticArchive(), new byte[0]);
        Files.write(folder.dynamicArchive(), new byte[0]);

        List<String> command = FastStart.command(launch(), new String[] {"advise", "p.yaml"},
                folder).orElseThrow();

        assertThat(command.get(0)).isEqualTo(Path.of("/jdk17/bin/java").toString());
        assertThat(command).contains("-XX:SharedArchiveFile=" + folder.dynamicArchive(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dadvisor.fast-start=child")
                .doesNotContain("--enable-native-access=ALL-UNNAMED");
        assertThat(command.subList(command.size() - 4, command.size())).containsExactly("-jar",
                folder.extractedJar().toString(), "advise", "p.yaml");
    }

    @Test
    void withoutTheDynamicArchiveTheStaticOneIsUsedAndWithNeitherNone() throws IOException {
        FastStartFolder folder = new FastStartFolder(jar, JDK_17);
        Files.createDirectories(folder.root());

        assertThat(FastStart.command(launch(), new String[] {"models"}, folder).orElseThrow())
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile"));

        Files.write(folder.staticArchive(), new byte[0]);
        assertThat(FastStart.command(launch(), new String[] {"models"}, folder).orElseThrow())
                .contains("-XX:SharedArchiveFile=" + folder.staticArchive());
    }

    @Test
    void theInteractiveShellKeepsTheOptimisingCompiler() {
        List<String> command = FastStart.command(launch(), new String[0],
                new FastStartFolder(jar, JDK_17)).orElseThrow();

        assertThat(command).doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .endsWith("-jar", new FastStartFolder(jar, JDK_17).extractedJar().toString());
    }

    @Test
    void aLargeBatchKeepsTheOptimisingCompilerOnTheSerialCollector() throws IOException {
        FastStartFolder folder = new FastStartFolder(jar, JDK_17);
        Path lines = dir.resolve("teams.jsonl");
        try (var file = new java.io.RandomAccessFile(lines.toFile(), "rw")) {
            file.setLength(FastStart.LARGE_BATCH_PROFILES * FastStart.BYTES_PER_JSON_PROFILE);
        }
        for (String[] args : List.of(new String[] {"advise", "--batch", lines.toString()},
                new String[] {"advise", "--format", "csv", "--batch=" + lines})) {
            assertThat(FastStart.command(launch(), args, folder).orElseThrow())
                    .contains("-XX:+UseSerialGC").doesNotContain("-XX:TieredStopAtLevel=1");
        }
    }

    @Test
    void aSmallOrUnreadableBatchRunsOnTheQuickCompiler() throws IOException {
        Path lines = Files.writeString(dir.resolve("few.jsonl"), "{}\n{}\n");
        Path folder = Files.createDirectories(dir.resolve("teams"));
        Files.writeString(folder.resolve("one.yaml"), "name: one\n");

        assertThat(FastStart.isLargeBatch(new String[] {"advise", "--batch", lines.toString()}))
                .isFalse();
        assertThat(FastStart.isLargeBatch(new String[] {"advise", "--batch=" + folder}))
                .isFalse();
        assertThat(FastStart.isLargeBatch(new String[] {"advise", "--batch",
                dir.resolve("missing").toString()})).isFalse();
        assertThat(FastStart.isLargeBatch(new String[] {"advise", "--batch"})).isFalse();
        // compare --batch weighs the batch API lever: one answer, not a batch of profiles.
        assertThat(FastStart.command(launch(), new String[] {"compare", "--batch"},
                new FastStartFolder(jar, JDK_17)).orElseThrow())
                .contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void aFolderOfManyProfilesIsALargeBatch() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("org"));
        for (long i = 0; i < FastStart.LARGE_BATCH_PROFILES; i++) {
            Files.createFile(folder.resolve("team-" + i + ".yaml"));
        }

        assertThat(FastStart.isLargeBatch(new String[] {"advise", "--batch", folder.toString()}))
                .isTrue();
    }

    @Test
    void jdk25UsesItsAheadOfTimeCacheAndGrantsNativeAccess() throws IOException {
        FastStartFolder folder = new FastStartFolder(jar, JDK_25);
        Files.createDirectories(folder.root());
        Files.write(folder.aotCache(), new byte[0]);

        List<String> command = FastStart.command(launch(), new String[] {"models"}, folder)
                .orElseThrow();

        assertThat(command).contains("-XX:AOTCache=" + folder.aotCache(),
                "--enable-native-access=ALL-UNNAMED");
    }

    @Test
    void theUsersOptionsFollowOursSoTheirsWinButTheChildMarkComesLast() {
        List<String> command = FastStart.command(launch("-Xmx512m",
                "-Dadvisor.fast-start=auto", "-XX:TieredStopAtLevel=4"),
                new String[] {"advise"}, new FastStartFolder(jar, JDK_17)).orElseThrow();

        int ours = command.indexOf("-XX:TieredStopAtLevel=1");
        assertThat(command.indexOf("-XX:TieredStopAtLevel=4")).isGreaterThan(ours);
        assertThat(command.indexOf("-Xmx512m")).isGreaterThan(ours);
        assertThat(command.lastIndexOf("-Dadvisor.fast-start=child"))
                .isGreaterThan(command.indexOf("-Dadvisor.fast-start=auto"));
    }

    @Test
    void aCollectorTheUserChoseIsNotJoinedByASecondOne() {
        List<String> command = FastStart.command(launch("-XX:+UseParallelGC"),
                new String[] {"advise"}, new FastStartFolder(jar, JDK_17)).orElseThrow();

        assertThat(command).contains("-XX:+UseParallelGC").doesNotContain("-XX:+UseSerialGC");
    }

    @Test
    void aDebuggerAnAgentOrAnArchiveOfTheUsersOwnKeepsTheCommandHere() {
        FastStartFolder folder = new FastStartFolder(jar, JDK_17);
        for (String option : List.of(
                "-agentlib:jdwp=transport=dt_socket,server=y,address=5005",
                "-javaagent:agent.jar", "-Xshare:off", "-XX:SharedArchiveFile=mine.jsa",
                "-XX:ArchiveClassesAtExit=x.jsa", "-XX:AOTCache=app.aot")) {
            assertThat(FastStart.command(launch(option), new String[] {"advise"}, folder))
                    .as(option).isEmpty();
        }
    }

    @Test
    void aLaunchWithoutAJarIsNotHandedOver() {
        assertThat(FastStart.command(List.of("-cp", "classes", "Main"), new String[] {"advise"},
                new FastStartFolder(jar, JDK_17))).isEmpty();
    }

    @Test
    void onlyASingleJarOnTheClassPathIsAJavaDashJarLaunch() {
        assertThat(FastStart.singleJar(jar.toString())).contains(jar);
        assertThat(FastStart.singleJar(jar + java.io.File.pathSeparator + "other.jar"))
                .isEmpty();
        assertThat(FastStart.singleJar(dir.toString())).isEmpty();
        assertThat(FastStart.singleJar(dir.resolve("missing.jar").toString()))
                .isEqualTo(Optional.empty());
    }

    @Test
    void serveIsNeverHandedOver() {
        assertThat(FastStart.isServe(new String[] {"serve"})).isTrue();
        assertThat(FastStart.isServe(new String[] {"advise", "serve"})).isFalse();
        assertThat(FastStart.handOver(new String[] {"serve"})).isEmpty();
    }
}
