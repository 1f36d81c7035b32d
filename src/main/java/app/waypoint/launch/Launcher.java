package app.waypoint.launch;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The jar's front door, compiled for Java 11 so that {@code java -jar waypoint.jar} works whatever {@code java}
 * comes first on the PATH. On Java 21 or newer it hands over to {@code app.waypoint.cli.Main} in the same JVM.
 * On an older Java it looks for a JDK or JRE 21+ where they are usually installed ({@code JAVA_HOME}, the PATH,
 * {@code /usr/lib/jvm}, SDKMAN's and IntelliJ's folders, macOS's) and runs the jar again with it, passing the
 * terminal, the exit status and SIGTERM through; with none, it says in one line what to install.
 *
 * <p>It must not touch any class compiled for Java 21 before the version check.
 */
public final class Launcher {
    static final int NEEDED = 21;
    private static final String MAIN = "app.waypoint.cli.Main";

    private Launcher() {}

    public static void main(String[] args) throws Throwable {
        int running = Runtime.version().feature();
        if (running >= NEEDED) {
            try {
                Class.forName(MAIN).getMethod("main", String[].class).invoke(null, (Object) args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return;
        }
        Optional<Path> java = find(System.getenv(), usualFolders(System.getProperty("user.home", "")));
        if (java.isEmpty()) {
            System.err.println("Waypoint needs Java " + NEEDED + " or newer and this is Java " + running
                    + ": install a JDK 21+ (e.g. apt-get install openjdk-21-jre-headless) or set JAVA_HOME to one.");
            System.exit(1);
        }
        System.exit(relaunch(java.get(), args));
    }

    /** Runs this jar again on the given java, passing the terminal through; returns its exit status. */
    private static int relaunch(Path java, String[] args) throws IOException, InterruptedException, URISyntaxException {
        Path jar = Paths.get(Launcher.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread forward = new Thread(() -> {
            // SIGTERM or Ctrl-C to this JVM: let the bot stop cleanly, then leave with its status.
            child.destroy();
            try {
                Runtime.getRuntime().halt(child.waitFor());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(forward);
        int status = child.waitFor();
        Runtime.getRuntime().removeShutdownHook(forward);
        return status;
    }

    /** Where JDKs are usually installed, one folder per JDK below each. */
    static List<Path> usualFolders(String home) {
        List<Path> out = new ArrayList<>();
        for (String parent : new String[] {
            "/usr/lib/jvm",
            "/usr/java",
            "/opt/java",
            "/opt",
            "/usr/local/lib/jvm",
            home + "/.sdkman/candidates/java",
            home + "/.jdks",
            "/Library/Java/JavaVirtualMachines"
        }) {
            out.add(Paths.get(parent));
        }
        return out;
    }

    /**
     * A {@code bin/java} of version 21 or newer: the one the person chose ({@code JAVA_HOME}, then the PATH in
     * order) when it is new enough, else the newest found below the given folders.
     */
    static Optional<Path> find(Map<String, String> env, List<Path> folders) {
        List<Path> chosen = new ArrayList<>();
        String javaHome = env.get("JAVA_HOME");
        if (javaHome != null && !javaHome.isBlank()) {
            chosen.add(Paths.get(javaHome));
        }
        for (String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path java = dir.isBlank() ? null : Paths.get(dir, "java");
            if (java != null && Files.isExecutable(java)) {
                chosen.add(realHome(java));
            }
        }
        for (Path home : chosen) {
            if (javaHome(home).isPresent() && version(home) >= NEEDED) {
                return Optional.of(home.resolve("bin").resolve("java"));
            }
        }
        List<Path> installed = new ArrayList<>();
        folders.forEach(f -> installed.addAll(children(f)));
        return installed.stream()
                .map(Launcher::javaHome)
                .flatMap(Optional::stream)
                .filter(h -> version(h) >= NEEDED)
                .max(Comparator.comparingInt(Launcher::version))
                .map(h -> h.resolve("bin").resolve("java"));
    }

    private static Path realHome(Path java) {
        try {
            return java.toRealPath().getParent().getParent();
        } catch (IOException e) {
            return java.getParent().getParent();
        }
    }

    private static List<Path> children(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> out = new ArrayList<>();
            list.forEach(p -> {
                out.add(p);
                out.add(p.resolve("Contents").resolve("Home")); // macOS bundles
            });
            return out;
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The folder itself when it holds an executable bin/java. */
    private static Optional<Path> javaHome(Path dir) {
        return Files.isExecutable(dir.resolve("bin").resolve("java")) ? Optional.of(dir) : Optional.empty();
    }

    /** The feature version from the JDK's {@code release} file (JAVA_VERSION="21.0.2"), 0 when unreadable. */
    static int version(Path home) {
        try {
            for (String line : Files.readAllLines(home.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String v = line.substring("JAVA_VERSION=".length())
                            .replace("\"", "")
                            .trim();
                    String first = v.split("[.+-]")[0];
                    int feature = Integer.parseInt(first);
                    return feature == 1 ? Integer.parseInt(v.split("\\.")[1]) : feature; // 1.8 -> 8
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
