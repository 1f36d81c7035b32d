package app.waypoint.telegram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.waypoint.telegram.fake.FakeTelegram;
import app.waypoint.telegram.fake.FakeUser;
import app.waypoint.telegram.fake.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

class EndToEndTest {

    @Test
    void aUserStartsPressesAndGoesBack() throws Exception {
        TestConversation core = new TestConversation();
        try (FakeTelegram tg = FakeTelegram.start(Harness.TOKEN); Harness bot = Harness.start(tg, core)) {
            FakeUser anna = tg.user(1001).language("ru");
            anna.sends("/start");
            Shown menu = anna.awaitText("Where to?");
            assertEquals(List.of("Georgia", "Armenia", "Guide"), menu.labels());
            String query = anna.presses("Georgia");
            anna.awaitText("You chose ge");
            tg.await("callback answered", FakeUser.TIMEOUT, () -> anna.answered(query));
            assertEquals(List.of("Saved"), anna.chat().notices());
            assertEquals(1, anna.chat().botMessages().size(), "the menu is edited in place");
            anna.presses("Back");
            anna.awaitText("Where to?");
            assertEquals(List.of("/start", "press c:ge@" + menu.id(), "press back@" + menu.id()), core.inputs(1001));
            assertEquals("ru", core.languages.get(1001L));
            assertEquals(0, bot.stop());
            assertTrue(tg.rejections().isEmpty(), tg.rejections().toString());
            assertEquals(0, tg.unconfirmed());
        }
    }
}
