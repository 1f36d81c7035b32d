package app.waypoint.telegram;

import app.waypoint.cli.AppWiring;
import app.waypoint.config.BotToken;
import app.waypoint.config.Config;
import app.waypoint.conversation.Conversation;
import app.waypoint.knowledge.load.LiveKnowledge;
import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import app.waypoint.telegram.fake.Fault;
import app.waypoint.telegram.fake.Shown;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A full run of the bot for {@link LogPrivacyTest}, in a JVM of its own so that every line it logs can be
 * captured: users with marked names and words, presses with marked data, faults of every kind, a
 * blocked user, a group, a wipe, a notification, a stop, and a second run with a rejected token. Then the
 * production conversation as App wires it (Waypoint on the knowledge base, behind AdminCommands, with App's
 * reload listener): a user asks, searches, switches language and runs /forget; a maintainer runs /reload,
 * /stale and /stats, a live edit of the knowledge base is refused and reported to them, and /reload says so.
 *
 * <p>Arguments: a copy of destinations.yml it may break, and the heartbeat file for the last run.
 */
public final class LogPrivacyRun {
    static final String TOKEN = "987654321:AAF-SECRETtokenPART-zyxwvutsrqponm";
    static final long ALICE = 7_340_019_284L;
    static final long BORIS = 7_340_019_285L;
    static final long ADMIN = 7_340_019_286L;
    static final long GROUP = -1_009_876_543_210L;
    static final String FIRST = "Yevgenia";
    static final String LAST = "Kuznetsova";
    static final String USERNAME = "yev_marker_handle";
    static final String WORDS = "MARKER-WORDS секретный текст";
    static final String DATA = "cb-MARKER-DATA";
    static final String NOTICE = "MARKER-NOTIFY";
    static final long CAROL = 7_340_019_287L;
    static final String CAROL_FIRST = "Olesya";
    static final String CAROL_LAST = "Markerova";
    static final String CAROL_USERNAME = "olesya_marker_nick";
    static final String ADMIN_FIRST = "Admiral";
    static final String ADMIN_USERNAME = "maintainer_marker";

    private LogPrivacyRun() {}

    public static void main(String[] args) {
        try {
            run();
            runProduction(Path.of(args[0]), Path.of(args[1]));
            System.exit(0);
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            System.exit(1);
        }
    }

    private static void run() throws Exception {
        Duration wait = Duration.ofSeconds(20);
        try (FakeTelegram tg = FakeTelegram.start(TOKEN)) {
            TestConversation core = new TestConversation();
            TelegramBot bot = new TelegramBot(
                    tg.url(), BotToken.of(TOKEN), core, Harness.fast(), Timing.system(), Optional.empty());
            Thread runner = Thread.ofPlatform().daemon().start(() -> System.out.println("EXIT=" + bot.run()));
            FakeUser alice = tg.user(ALICE).named(FIRST, LAST, USERNAME).language("ru");
            tg.faults()
                    .next("getUpdates", Fault.internalError())
                    .next("sendMessage", Fault.tooManyRequests(1))
                    .next("editMessageText", Fault.badGatewayPage());
            alice.sends("/start " + WORDS);
            Shown menu = alice.awaitText("Where to?");
            alice.presses("Georgia");
            alice.awaitText("You chose");
            alice.pressesOn(menu.id(), DATA);
            tg.await("the notice", wait, () -> alice.chat().notices().size() == 2);
            alice.sends(WORDS);
            alice.awaitText("echo: " + WORDS);
            alice.sendsA("sticker");
            alice.awaitText("I can't read");
            alice.edits(menu.id() - 1, WORDS + " edited");
            alice.sends("/boom " + WORDS);
            alice.awaitText("Извините");
            alice.sends("/bad");
            tg.faults().next("getUpdates", Fault.dropMidResponse());
            alice.sends("/forget");
            alice.awaitText("Wiped");
            FakeUser admin = tg.user(ADMIN); // the maintainer's chat exists before the bot writes to it
            bot.notify(ADMIN, NOTICE);
            admin.awaitText(NOTICE);
            FakeUser boris = tg.user(BORIS).named(FIRST + "B", LAST + "B", USERNAME + "b");
            boris.sends("/start");
            boris.awaitText("Where to?");
            boris.blocksBot(false);
            boris.sends("/many " + WORDS);
            tg.await("boris forgotten", wait, () -> core.forgotten.contains(BORIS));
            tg.group(GROUP).addsBot();
            tg.await("left the group", wait, () -> tg.group(GROUP).chat().left());
            tg.await("all handled", wait, () -> bot.updatesHandled() == 12);
            bot.stop();
            runner.join();

            TelegramBot impostor = new TelegramBot(
                    tg.url(),
                    BotToken.of("987654321:AAF-WRONGtokenPART-abcdefghijklm"),
                    core,
                    Harness.fast(),
                    Timing.system(),
                    Optional.empty());
            System.out.println("EXIT=" + impostor.run());
        }
    }

    /** The production conversation and App's reload listener, with a maintainer; the heartbeat is on. */
    private static void runProduction(Path knowledgeFile, Path heartbeat) throws Exception {
        Duration wait = Duration.ofSeconds(20);
        Clock clock = Clock.systemUTC();
        Config config = Config.from(Map.of("WAYPOINT_ADMINS", Long.toString(ADMIN)));
        AtomicReference<TelegramBot> running = new AtomicReference<>();
        try (FakeTelegram tg = FakeTelegram.start(TOKEN);
                LiveKnowledge kb = LiveKnowledge.open(
                        knowledgeFile,
                        AppWiring.loader(clock),
                        AppWiring.reloadListener(config.admins(), running::get))) {
            Conversation conversation = AppWiring.conversation(config, kb, clock, Ticker.systemTicker());
            TelegramBot bot = new TelegramBot(
                    tg.url(),
                    BotToken.of(TOKEN),
                    conversation,
                    Harness.fast(),
                    Timing.system(),
                    Optional.of(heartbeat));
            running.set(bot);
            kb.startPolling(Duration.ofMillis(50));
            Thread runner = Thread.ofPlatform().daemon().start(() -> System.out.println("EXIT=" + bot.run()));

            FakeUser carol = tg.user(CAROL)
                    .named(CAROL_FIRST, CAROL_LAST, CAROL_USERNAME)
                    .language("ru");
            carol.sends("/start " + WORDS);
            carol.awaitText("Не знаю такой ссылки");
            carol.presses("▶ Подобрать страну");
            carol.awaitText("Ваше гражданство");
            carol.presses("🇷🇺 Россия");
            carol.awaitText("Какие у вас документы");
            carol.presses("Действующий загранпаспорт");
            carol.awaitText("Что про вас?");
            carol.presses("Военнослужащий или дезертир");
            carol.awaitHandled();
            carol.presses("Готово ▶");
            carol.awaitText("Что важнее всего");
            carol.presses("Пропустить ▶");
            carol.awaitText("Прочтите это до списка");
            while (carol.chat().lastBotMessage().button("📋 Показать страны") == null) { // the warnings may take pages
                carol.presses("Дальше ▶");
                carol.awaitHandled();
            }
            carol.presses("📋 Показать страны");
            carol.awaitText("Подходящие страны");
            carol.sends(WORDS);
            carol.awaitHandled();
            carol.sends("/language");
            carol.awaitText("English it is");
            carol.sends("/stats"); // not a maintainer: an unknown command to her
            carol.awaitText("I don't know that command");
            carol.sends("/forget");
            carol.awaitText("Delete this chat?");
            carol.presses("🧹 Yes, delete");
            carol.awaitText("Deleted:");

            FakeUser admin =
                    tg.user(ADMIN).named(ADMIN_FIRST, "Marker", ADMIN_USERNAME).language("en");
            admin.sends("/reload");
            admin.awaitText("The knowledge base is unchanged");
            admin.sends("/stale");
            admin.awaitText("days ago");
            admin.sends("/stats");
            admin.awaitText("Distinct users: ≈ "); // 2, or 1 when both share a register (once in 4,096 runs)
            Files.writeString(knowledgeFile, "\nbogus_key: [1, 2\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            admin.awaitText("was edited but has");
            admin.sends("/reload");
            admin.awaitText("was not loaded");
            tg.await("all handled", wait, () -> tg.unconfirmed() == 0);
            bot.stop();
            runner.join();
        }
    }
}
