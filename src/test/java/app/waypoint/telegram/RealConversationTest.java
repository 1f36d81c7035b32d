package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.conversation.Waypoint;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.load.KnowledgeLoader;
import app.waypoint.knowledge.load.KnowledgeValidator;
import app.waypoint.knowledge.load.LoadResult;
import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import app.waypoint.telegram.fake.Shown;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The real conversation ({@link Waypoint} on the shipped destinations.yml) behind the real edge, against the
 * fake Bot API: users in both languages wander through menus by pressing random buttons, use every
 * command, type searches and send a sticker. Telegram (the fake, as strict as Telegram) must take every
 * message, edit and answer, within the rate limits.
 */
@SuppressWarnings("try") // resources that only need closing: the bot and the fake
class RealConversationTest {
    private static final List<String> COMMANDS = List.of("/help", "/countries", "/privacy", "/about", "/language");

    @Test
    void usersWanderThroughTheRealConversationAndTelegramTakesEverything() throws Exception {
        Waypoint core = waypoint(knowledge());
        Tuning tuning = Harness.fast().withRates(20, 3, 600);
        int users = 12;
        try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN);
                Harness bot = Harness.start(tg, core, tuning, Timing.system(), Optional.empty());
                ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            tg.enforceRateLimits(20, 4, 600); // one token of slack: network jitter can bunch two requests up
            List<Future<Integer>> walks = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                FakeUser u = tg.user(9000 + i).language(i % 2 == 0 ? "ru" : "en");
                long seed = i;
                walks.add(pool.submit(() -> wander(tg, u, new Random(seed))));
            }
            int presses = 0;
            for (Future<Integer> w : walks) presses += w.get();
            assertEquals(0, bot.stop());
            List<String> refused = tg.rejections().stream()
                    .filter(r -> !r.contains("message is not modified"))
                    .toList();
            assertTrue(refused.isEmpty(), "Telegram refused: " + refused); // an unchanged screen counts as shown
            assertEquals(0, tg.tooManyRequests());
            assertEquals(presses, tg.callbackLatencies().size(), "every press answered");
            System.out.println("real conversation: " + users + " users, " + presses + " presses, "
                    + bot.bot.updatesHandled() + " updates, no refusal");
        }
    }

    @Test
    void aButtonPressedAfterARestartStillWorks() throws Exception {
        KnowledgeBase kb = knowledge();
        try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN)) {
            FakeUser u = tg.user(4242).language("en");
            Shown menu;
            try (Harness first = Harness.start(tg, waypoint(kb))) {
                u.sends("/start");
                u.awaitHandled();
                u.presses(firstCallback(u.chat().lastBotMessage()).data());
                u.awaitHandled();
                menu = u.chat().lastBotMessage();
                assertEquals(0, first.stop());
            }
            Shown.Button next = firstCallback(menu);
            u.presses(next.data()); // pressed while no bot runs; a new core will read it
            try (Harness second = Harness.start(tg, waypoint(kb))) {
                u.awaitHandled();
                Shown after = u.chat().lastBotMessage();
                assertEquals(menu.id(), after.id(), "the same menu, edited in place");
                assertTrue(after.edits() > menu.edits() || !after.text().equals(menu.text()), "it moved on");
                assertTrue(
                        u.chat().notices().stream().noneMatch(n -> n.contains("outdated")),
                        u.chat().notices().toString());
                assertTrue(
                        tg.rejections().stream().allMatch(r -> r.contains("message is not modified")),
                        tg.rejections().toString());
            }
        }
    }

    private static KnowledgeBase knowledge() throws Exception {
        LoadResult loaded = new KnowledgeLoader(KnowledgeValidator.standard(Clock.systemUTC()))
                .load("destinations.yml", Files.readString(Path.of("destinations.yml")));
        return ((LoadResult.Loaded) loaded).knowledge();
    }

    private static Waypoint waypoint(KnowledgeBase kb) {
        return new Waypoint(() -> kb, Ticker.systemTicker(), Clock.systemUTC());
    }

    private static Shown.Button firstCallback(Shown message) {
        return message.keyboard().stream()
                .flatMap(List::stream)
                .filter(b -> b.data() != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button on " + message));
    }

    /** One user's walk; returns how many buttons were pressed. */
    private static int wander(FakeTelegram tg, FakeUser u, Random random) {
        int presses = 0;
        u.sends("/start");
        u.awaitHandled();
        for (int step = 0; step < 25; step++) {
            if (step % 8 == 7) {
                u.sends(COMMANDS.get(random.nextInt(COMMANDS.size())));
            } else if (step == 5) {
                u.sends(random.nextBoolean() ? "Грузия" : "georgia");
            } else if (step == 11) {
                u.sendsA("sticker");
            } else {
                Shown menu = u.chat().lastBotMessage(); // none after the user pressed "Yes, delete" on the way
                List<Shown.Button> buttons = menu == null
                        ? List.of()
                        : menu.keyboard().stream()
                                .flatMap(List::stream)
                                .filter(b -> b.data() != null)
                                .toList();
                if (buttons.isEmpty()) {
                    u.sends("/start");
                } else {
                    try {
                        u.presses(buttons.get(random.nextInt(buttons.size())).data());
                        presses++;
                    } catch (AssertionError edited) {
                        // the screen was edited between reading it and pressing (an edit still on its way under
                        // the rate limits); a person would press on the new screen: the next step does
                    }
                }
            }
            u.awaitHandled();
        }
        u.sends("/forget"); // asks first
        u.awaitHandled();
        Shown.Button yes = u.chat().lastBotMessage().keyboard().stream()
                .flatMap(List::stream)
                .filter(b -> b.label().startsWith("🧹"))
                .findFirst()
                .orElseThrow();
        u.presses(yes.data());
        u.awaitHandled();
        // The press is confirmed once the bot has read it; the deletions go out after that, under the rate limits.
        tg.await("the wipe of chat " + u.id(), FakeUser.TIMEOUT, () -> u.chat().deleted() > 0);
        return presses + 1;
    }
}
