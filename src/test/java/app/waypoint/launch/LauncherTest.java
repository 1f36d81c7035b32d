package app.waypoint.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a JDK 21+ when the jar is started by an older java. */
class LauncherTest {
    @TempDir
    Path root;

    private Path jdk(String where, String version) throws IOException {
        Path home = root.resolve(where);
        Path bin = Files.createDirectories(home.resolve("bin"));
        Path java = Files.writeString(bin.resolve("java"), "#!/bin/sh\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"x\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home.toRealPath();
    }

    @Test
    void readsTheFeatureVersionFromTheReleaseFile() throws IOException {
        assertEquals(25, Launcher.version(jdk("a", "25.0.1")));
        assertEquals(21, Launcher.version(jdk("b", "21")));
        assertEquals(8, Launcher.version(jdk("c", "1.8.0_402")));
        assertEquals(0, Launcher.version(root.resolve("nothing")));
    }

    @Test
    void aJavaHomeOlderThan21IsPassedOverForANewerOneOnThePath() throws IOException {
        Path old = jdk("old", "17.0.15");
        Path newer = jdk("newer", "21.0.5");
        jdk("jvm/newest", "25");
        Optional<Path> found = Launcher.find(
                Map.of("JAVA_HOME", old.toString(), "PATH", old.resolve("bin") + ":" + newer.resolve("bin")),
                List.of(root.resolve("jvm")));
        assertEquals(Optional.of(newer.resolve("bin/java")), found, "the person's own choice comes first");
    }

    @Test
    void withOnlyAnOldJavaChosenTheNewestInstalledOneIsUsed() throws IOException {
        Path old = jdk("old", "17.0.15");
        jdk("jvm/21", "21.0.5");
        Path newest = jdk("jvm/25", "25");
        jdk("sdkman/17", "17");
        Optional<Path> found = Launcher.find(
                Map.of("PATH", old.resolve("bin").toString()),
                List.of(root.resolve("jvm"), root.resolve("sdkman"), root.resolve("missing")));
        assertEquals(Optional.of(newest.resolve("bin/java")), found);
    }

    @Test
    void nothingOlderThan21IsEverChosen() throws IOException {
        Path old = jdk("old", "17.0.15");
        jdk("jvm/11", "11.0.2");
        assertEquals(
                Optional.empty(),
                Launcher.find(
                        Map.of(
                                "JAVA_HOME",
                                old.toString(),
                                "PATH",
                                old.resolve("bin").toString()),
                        List.of(root.resolve("jvm"))));
    }
}
