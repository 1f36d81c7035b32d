package app.waypoint.telegram;

import app.waypoint.config.BotToken;
import app.waypoint.telegram.fake.Fault;
import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import app.waypoint.telegram.fake.Shown;
import java.time.Duration;
import java.util.Optional;

/**
 * A full run of the bot for {@link LogPrivacyTest}, in a JVM of its own so that every line it logs can be
 * captured: users with marked names and words, presses with marked data, faults of every kind, a
 * blocked user, a group, a wipe, a notification, a stop, and a second run with a rejected token.
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

    private LogPrivacyRun() {
    }

    public static void main(String[] args) {
        try {
            run();
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
            TelegramBot bot = new TelegramBot(tg.url(), BotToken.of(TOKEN), core, Harness.fast(),
                    Timing.system(), Optional.empty());
            Thread runner = Thread.ofPlatform().daemon().start(() -> System.out.println("EXIT=" + bot.run()));
            FakeUser alice = tg.user(ALICE).named(FIRST, LAST, USERNAME).language("ru");
            tg.faults().next("getUpdates", Fault.internalError()).next("sendMessage", Fault.tooManyRequests(1))
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
            bot.notify(ADMIN, NOTICE);
            tg.user(ADMIN).awaitText(NOTICE);
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

            TelegramBot impostor = new TelegramBot(tg.url(), BotToken.of("987654321:AAF-WRONGtokenPART-abcdefghijklm"),
                    core, Harness.fast(), Timing.system(), Optional.empty());
            System.out.println("EXIT=" + impostor.run());
        }
    }
}
