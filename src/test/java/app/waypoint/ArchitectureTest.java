package app.waypoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layers, enforced: cli → telegram, console, admin, watch → conversation → knowledge, and knowledge.load
 * (reading destinations.yml) → knowledge, used by the edges only. Only {@code telegram} speaks Telegram; the
 * core ({@code conversation}, {@code knowledge}, {@code diff}, {@code knowledge.load}) does no I/O and knows
 * nothing of the edges. Reading the knowledge file and watching it for edits is the one I/O knowledge.load owns,
 * in the classes named below. Reading the jar's own resources (texts, country names) is not I/O here.
 */
class ArchitectureTest {
    private static final Path ROOT = Path.of("src/main/java");
    private static final Set<String> EDGES = Set.of("telegram", "console", "admin", "cli", "config", "watch", "launch");
    /** Which of the project's packages each package may import. */
    private static final Map<String, Set<String>> MAY_USE = Map.of(
            "knowledge", Set.of(),
            "knowledge.load", Set.of("knowledge"),
            "conversation", Set.of("knowledge"),
            "diff", Set.of("knowledge"),
            "admin", Set.of("conversation", "knowledge", "knowledge.load"),
            "console", Set.of("conversation", "knowledge"),
            "telegram", Set.of("conversation", "knowledge", "config"),
            "watch", Set.of("knowledge", "knowledge.load"),
            "config", Set.of(),
            "launch", Set.of());
    /** knowledge.load's file readers: the file, its snapshot, and the watcher for live edits. */
    private static final Set<String> FILE_READERS =
            Set.of("KnowledgeFile.java", "FileSnapshot.java", "LiveKnowledge.java");

    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(static\\s+)?([\\w.]+)");
    private static final Pattern IO = Pattern.compile("\\b(java\\.nio\\.file|java\\.net\\.http|java\\.net\\.(Socket|"
            + "ServerSocket|URL|HttpURLConnection|InetAddress)\\b|java\\.io\\.(File|FileInputStream|FileOutputStream|"
            + "FileReader|FileWriter|RandomAccessFile)\\b|okhttp3|ProcessBuilder|Runtime\\.getRuntime\\(\\)\\.exec)");

    @Test
    void theLayersHold() throws IOException {
        assertEquals(List.of(), violations(sources()));
    }

    @Test
    void theCheckCatchesAForbiddenImport() {
        Map<String, String> bad = new TreeMap<>(Map.of(
                "app/waypoint/conversation/Leak.java",
                        "package app.waypoint.conversation;\n"
                                + "import org.telegram.telegrambots.meta.api.objects.Update;\n",
                "app/waypoint/knowledge/Writer.java", "package app.waypoint.knowledge;\nimport java.nio.file.Files;\n",
                "app/waypoint/knowledge/Up.java",
                        "package app.waypoint.knowledge;\n" + "import app.waypoint.conversation.Waypoint;\n",
                "app/waypoint/knowledge/Model.java",
                        "package app.waypoint.knowledge;\n" + "import app.waypoint.knowledge.load.KnowledgeLoader;\n",
                "app/waypoint/conversation/Loads.java",
                        "package app.waypoint.conversation;\n" + "import app.waypoint.knowledge.load.LiveKnowledge;\n",
                "app/waypoint/conversation/Net.java",
                        "package app.waypoint.conversation;\nclass Net { " + "java.net.http.HttpClient c; }\n"));
        assertEquals(
                List.of(
                        "app/waypoint/conversation/Leak.java: only telegram may import org.telegram.telegrambots.meta.api.objects.Update",
                        "app/waypoint/conversation/Loads.java: conversation may not import app.waypoint.knowledge.load.LiveKnowledge",
                        "app/waypoint/conversation/Net.java: the core does no I/O, found java.net.http",
                        "app/waypoint/knowledge/Model.java: knowledge may not import app.waypoint.knowledge.load.KnowledgeLoader",
                        "app/waypoint/knowledge/Up.java: knowledge may not import app.waypoint.conversation.Waypoint",
                        "app/waypoint/knowledge/Writer.java: the core does no I/O, found java.nio.file"),
                violations(bad));
    }

    private static Map<String, String> sources() throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                out.put(ROOT.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        }
        return out;
    }

    /** The layer a file or import belongs to: the package below app.waypoint, and knowledge.load apart. */
    private static String packageOf(String first, String second) {
        return first.equals("knowledge") && second.equals("load") ? "knowledge.load" : first;
    }

    /** Every broken rule, one line each, for sources keyed by path below src/main/java. */
    static List<String> violations(Map<String, String> sources) {
        List<String> out = new ArrayList<>();
        sources.forEach((path, text) -> {
            String[] parts = path.split("/");
            String pkg = parts.length > 3 ? packageOf(parts[2], parts[3]) : "";
            String file = parts[parts.length - 1];
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String imported = m.group(2);
                if (imported.startsWith("org.telegram") && !pkg.equals("telegram")) {
                    out.add(path + ": only telegram may import " + imported);
                }
                if (imported.startsWith("app.waypoint.")) {
                    String[] names = imported.split("\\.");
                    String target = packageOf(names[2], names.length > 3 ? names[3] : "");
                    if (!target.equals(pkg)
                            && MAY_USE.containsKey(pkg)
                            && !MAY_USE.get(pkg).contains(target)) {
                        out.add(path + ": " + pkg + " may not import " + imported);
                    }
                }
            }
            boolean core = pkg.equals("conversation")
                    || pkg.equals("diff")
                    || pkg.equals("knowledge")
                    || pkg.equals("knowledge.load") && !FILE_READERS.contains(file);
            Matcher io = IO.matcher(text);
            if (core && io.find()) out.add(path + ": the core does no I/O, found " + io.group(1));
        });
        return out;
    }
}
