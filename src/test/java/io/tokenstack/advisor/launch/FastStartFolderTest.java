package io.tokenstack.advisor.launch;

import static org.assertj.core.api.Assertions.assertThat;

import io.tokenstack.advisor.launch.FastStartFolder.Jvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FastStartFolderTest {

    private static final Jvm JDK = new Jvm(Path.of("/jdk17"), "17.0.15+6", 17);

    @TempDir
    Path dir;

    private FastStartFolder prepared(Path jar, Jvm jvm) throws IOException {
        FastStartFolder folder = new FastStartFolder(jar, jvm);
        Files.createDirectories(folder.extractedJar().getParent());
        Files.write(folder.extractedJar(), new byte[] {9});
        Files.writeString(folder.stamp(), folder.expectedStamp());
        return folder;
    }

    @Test
    void aFolderStampedForThisJarAndJvmFits() throws IOException {
        Path jar = Files.write(dir.resolve("app.jar"), new byte[] {1, 2, 3});

        assertThat(new FastStartFolder(jar, JDK).fits()).isFalse();
        assertThat(prepared(jar, JDK).fits()).isTrue();
    }

    @Test
    void aRebuiltJarNoLongerFits() throws IOException {
        Path jar = Files.write(dir.resolve("app.jar"), new byte[] {1, 2, 3});
        FastStartFolder folder = prepared(jar, JDK);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() + 60_000));

        assertThat(folder.fits()).isFalse();
    }

    @Test
    void aStampWithoutTheExtractedJarDoesNotFit() throws IOException {
        Path jar = Files.write(dir.resolve("app.jar"), new byte[] {1, 2, 3});
        FastStartFolder folder = prepared(jar, JDK);

        Files.delete(folder.extractedJar());

        assertThat(folder.fits()).isFalse();
    }

    @Test
    void eachJvmHasAFolderOfItsOwnBesideTheJar() throws IOException {
        Path jar = Files.write(dir.resolve("app.jar"), new byte[] {1, 2, 3});
        FastStartFolder seventeen = prepared(jar, JDK);
        FastStartFolder other = new FastStartFolder(jar,
                new Jvm(Path.of("/jdk17"), "17.0.16+8", 17));

        assertThat(seventeen.root().getParent()).isEqualTo(dir.resolve("fast"));
        assertThat(other.root()).isNotEqualTo(seventeen.root());
        assertThat(other.fits()).isFalse();
        assertThat(seventeen.root().getFileName().toString()).startsWith("17-");
    }

    /**
     * The package is copied to the jar's root, where only the JDK's classes are visible: an
     * import of anything else would fail there, at the first launch.
     */
    @Test
    void theLaunchPackageUsesNothingButTheJdk() throws IOException {
        Path sources = Path.of("src/main/java/io/tokenstack/advisor/launch");
        List<String> imports;
        try (Stream<Path> files = Files.list(sources)) {
            imports = files.flatMap(FastStartFolderTest::lines)
                    .filter(line -> line.startsWith("import "))
                    .filter(line -> !line.startsWith("import java.")
                            && !line.startsWith("import static java.")
                            && !line.startsWith("import io.tokenstack.advisor.launch."))
                    .toList();
        }
        assertThat(imports).isEmpty();
    }

    private static Stream<String> lines(Path file) {
        try {
            return Files.readAllLines(file).stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
