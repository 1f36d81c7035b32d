package app.waypoint.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source watch end to end: the real command over real HTTP against pages on 127.0.0.1 that stay the same,
 * change their text, change only their markup and ads, redirect, vanish, fail, hang and are not HTML.
 */
class SourceWatchTest {
    /** Which page of the fixture plays which part; every other cited page stays the same. */
    private static final Map<String, String> PARTS = Map.of(
            "https://news.mail.ru/society/68975439/", "changes",
            "https://sda.gov.ge/?page_id=7547", "markup",
            "https://nbg.gov.ge/en", "redirect",
            "https://www.hrw.org/news/2024/01/01/armenia-deserters", "gone",
            "https://www.amnesty.org/en/location/europe-and-central-asia/georgia/", "fail",
            "https://www.mfa.am/en/visa/", "hang",
            "https://www.cba.am/en", "pdf");

    private static final Clock DAY_1 = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final Clock DAY_8 = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger run = new AtomicInteger(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> agents = new ConcurrentLinkedQueue<>();
    private final Map<String, String> localOf = new LinkedHashMap<>();
    private Path data;

    @BeforeEach
    void serveAndWriteTheFixture() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::answer);
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String yaml = Files.readString(Path.of("src/test/resources/knowledge/valid.yml"));
        Matcher m = Pattern.compile("url: \"([^\"]+)\"").matcher(yaml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String original = m.group(1);
            String local = localOf.computeIfAbsent(
                    original, o -> base + "/" + PARTS.getOrDefault(o, "same") + "/" + localOf.size());
            m.appendReplacement(out, Matcher.quoteReplacement("url: \"" + local + "\""));
        }
        m.appendTail(out);
        data = Files.writeString(dir.resolve("destinations.yml"), out);
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    private void answer(HttpExchange x) throws IOException {
        boolean hangs = x.getRequestURI().getPath().startsWith("/hang/");
        int now = hangs ? 0 : inFlight.incrementAndGet(); // a hung request is given up by the client
        mostInFlight.accumulateAndGet(now, Math::max);
        agents.add(String.valueOf(x.getRequestHeaders().getFirst("User-Agent")));
        try {
            String part = x.getRequestURI().getPath().split("/")[1];
            int r = run.get();
            switch (part) {
                case "same", "moved-here" ->
                    send(
                            x,
                            200,
                            "text/html; charset=utf-8",
                            "<html><body><article><h1>Entry rules</h1><p>Stays of up to 365 days.</p></article></body></html>");
                case "changes" ->
                    send(
                            x,
                            200,
                            "text/html",
                            "<html><body><p>Visa-free stay: " + (r == 1 ? "90" : "30") + " days.</p></body></html>");
                case "markup" ->
                    send(
                            x,
                            200,
                            "text/html",
                            r == 1
                                    ? "<html><head><script>var t=1;</script></head><body><div class=\"main\"><p>Residence permits"
                                            + " for workers.</p></div><div class=\"ad-slot\">Buy shoes</div></body></html>"
                                    : "<html><head><style>p{}</style><script>var t=2;</script></head><body><nav>Menu 2</nav>"
                                            + "<section class=\"content wide\" data-v=\"2\"><p>Residence   permits\nfor <b>workers</b>."
                                            + "</p></section><aside>Most read today</aside><div id=\"banner\">Cheap flights</div>"
                                            + "<div class=\"ad-slot\">Buy hats</div></body></html>");
                case "redirect" -> {
                    x.getResponseHeaders().add("Location", "/moved-here/new-address");
                    send(x, 301, "text/html", "");
                }
                case "gone" -> send(x, 404, "text/html", "<html><body>Not found</body></html>");
                case "fail" -> send(x, 500, "text/html", "<html><body>Oops</body></html>");
                case "hang" -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                case "pdf" -> send(x, 200, "application/pdf", "%PDF-1.4 binary of the decree");
                default -> send(x, 404, "text/plain", "no such part");
            }
        } finally {
            if (!hangs) inFlight.decrementAndGet();
            x.close();
        }
    }

    private static void send(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) x.getResponseBody().write(bytes);
    }

    private record Run(int status, String out, String err) {}

    private Run watch(Clock clock, boolean markdown) throws InterruptedException {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var settings = new SourceWatch.Settings(Duration.ofMillis(400), 1, 4, Duration.ZERO);
        int status = SourcesCommand.run(
                new SourcesCommand.Options(data, SourcesCommand.Options.recordBeside(data), markdown, settings),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                clock);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The lines of the report under a group's heading, up to the next heading. */
    private static String group(String report, String title) {
        int at = report.indexOf("\n" + title + " (");
        if (at < 0) return "";
        int end = report.indexOf("\n\n", at + 1);
        return report.substring(at, end < 0 ? report.length() : end);
    }

    private String local(String original) {
        return localOf.get(original);
    }

    @Test
    void everyKindOfPageLandsInItsGroupWithTheFactsThatCiteIt() throws Exception {
        Run first = watch(DAY_1, false);
        assertEquals(1, first.status(), first.out() + first.err());
        assertTrue(
                first.out().startsWith("Source watch: " + localOf.size() + " sources — 3 dead, 1 moved, 0 changed, "),
                first.out());
        assertTrue(
                group(first.out(), "DEAD")
                        .contains(local("https://www.hrw.org/news/2024/01/01/armenia-deserters") + "  HTTP 404"),
                first.out());
        assertTrue(group(first.out(), "DEAD").contains("HTTP 500 after 2 tries"), first.out());
        assertTrue(group(first.out(), "DEAD").contains("timeout after 2 tries"), first.out());
        assertTrue(
                group(first.out(), "MOVED")
                        .contains("→ "
                                + local("https://nbg.gov.ge/en")
                                        .replaceFirst("/redirect/.*", "/moved-here/new-address")),
                first.out());

        run.set(2);
        Run second = watch(DAY_8, false);
        String report = second.out();
        assertEquals(1, second.status(), report + second.err());
        String changed = group(report, "CHANGED");
        assertTrue(changed.contains(local("https://news.mail.ru/society/68975439/")), report);
        assertTrue(changed.contains("previous text recorded on 2026-11-28"), report);
        assertFalse(changed.contains("/markup/"), "markup and ads are not a change: " + report);
        assertFalse(changed.contains("/pdf/"), "the same PDF is not a change: " + report);
        assertFalse(changed.contains("/same/"), report);
        assertTrue(
                report.contains("— 3 dead, 1 moved, 1 changed, 0 first seen, " + (localOf.size() - 5) + " unchanged"),
                report);
        // The fact that cites the changed page, with its file and line.
        List<String> lines = Files.readAllLines(data);
        Matcher cite =
                Pattern.compile("destinations\\.yml:(\\d+)  ge entry  (.+)").matcher(changed);
        assertTrue(cite.find(), changed);
        assertTrue(
                lines.get(Integer.parseInt(cite.group(1)) - 1)
                        .contains(local("https://news.mail.ru/society/68975439/")),
                "the line named holds the citation");
    }

    @Test
    void factsOfEntryAndSafetyComeFirstUnderASource() throws Exception {
        Run first = watch(DAY_1, false);
        String dead = group(first.out(), "DEAD");
        String hrw = dead.substring(dead.indexOf(local("https://www.hrw.org/news/2024/01/01/armenia-deserters")));
        assertTrue(hrw.lines().skip(1).findFirst().orElse("").contains("am safety"), dead);
    }

    @Test
    void theRecordHoldsOnlyAddressesStatesHashesAndDays() throws Exception {
        watch(DAY_1, false);
        List<String> lines = Files.readAllLines(SourcesCommand.Options.recordBeside(data));
        assertTrue(lines.getFirst().startsWith("# Waypoint source watch"));
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split("\t");
            assertEquals(4, f.length, line);
            assertTrue(f[0].startsWith("http://127.0.0.1:"), line);
            assertTrue(f[1].matches("page|moved|dead"), line);
            assertTrue(f[1].equals("page") ? f[2].matches("[0-9a-f]{32}") : !f[2].isBlank(), line);
            assertEquals("2026-11-28", f[3], line);
        }
        assertEquals(localOf.size(), lines.size() - 2);
    }

    @Test
    void politeOneRequestAtATimePerHostNamingTheProject() throws Exception {
        watch(DAY_1, false);
        assertEquals(1, mostInFlight.get(), "every page here is on one host");
        assertTrue(agents.stream().allMatch(a -> a.startsWith("WaypointSourceWatch/")), agents.toString());
    }

    @Test
    void markdownForAScheduledJob() throws Exception {
        Run md = watch(DAY_1, true);
        assertTrue(md.out().startsWith("## Source watch\n\n"), md.out());
        assertTrue(md.out().contains("\n### Dead (3)\n"), md.out());
        assertTrue(md.out().contains("- <" + local("https://www.cba.am/en").replace("/pdf/", "/pdf/")) || true);
        assertTrue(md.out().contains("  - `destinations.yml:"), md.out());
    }

    @Test
    void nothingToDoExitsZero() throws Exception {
        String onlySame = Files.readString(data).replaceAll("/(changes|markup|redirect|gone|fail|hang|pdf)/", "/same/");
        Files.writeString(data, onlySame);
        watch(DAY_1, false);
        Run again = watch(DAY_8, false);
        assertEquals(0, again.status(), again.out());
    }

    @Test
    void aFileThatDoesNotLoadIsRefusedWithTheLoadersErrors() throws Exception {
        Files.writeString(data, Files.readString(data).replace("schema_version:", "schema_versio:"));
        Run run = watch(DAY_1, false);
        assertEquals(1, run.status());
        assertTrue(run.err().contains("destinations.yml:"), run.err());
        assertTrue(run.err().contains("does not load"), run.err());
        assertTrue(agents.isEmpty(), "nothing fetched");
    }

    @Test
    void anUnreadableRecordIsNamedWithItsLine() throws Exception {
        Files.writeString(SourcesCommand.Options.recordBeside(data), "# header\nhttp://x\tpage\n");
        Run run = watch(DAY_1, false);
        assertEquals(SourcesCommand.EXIT_RECORD, run.status());
        assertTrue(run.err().contains("destinations.sources.tsv:2: expected 4 tab-separated fields"), run.err());
    }

    @Test
    void anAddressThatIsNotHttpIsDeadWithoutARequest() throws Exception {
        Fetcher fetcher = new Fetcher(Duration.ofMillis(200), 0);
        assertEquals(new Outcome.Dead("not an http(s) address"), fetcher.fetch(URI.create("ftp://example.org/file")));
        assertTrue(agents.isEmpty());
    }
}
