package app.waypoint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigTest {
    static final String TOKEN = "123456789:AAH-fake_token_for_tests_only_0123456";

    @Test
    void defaultsWhenNothingIsSet() {
        Config c = Config.from(Map.of());
        assertTrue(c.token().isEmpty());
        assertEquals(URI.create("https://api.telegram.org"), c.apiUrl());
        assertEquals(Path.of("destinations.yml"), c.destinations());
        assertEquals(Set.of(), c.admins());
    }

    @Test
    void readsEveryVariable() {
        Config c = Config.from(Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", "http://127.0.0.1:8081/tg/",
                "WAYPOINT_DESTINATIONS", "/data/d.yml",
                "WAYPOINT_ADMINS", "42, 43 44"));
        assertEquals(TOKEN, c.token().orElseThrow().reveal());
        assertEquals(URI.create("http://127.0.0.1:8081/tg"), c.apiUrl());
        assertEquals(Path.of("/data/d.yml"), c.destinations());
        assertEquals(Set.of(42L, 43L, 44L), c.admins());
    }

    @Test
    void theDataDirectoryMustExistAndBeWritable(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        assertEquals(
                java.util.Optional.of(dir),
                Config.from(Map.of("WAYPOINT_DATA", dir.toString())).data());
        assertTrue(Config.from(Map.of()).data().isEmpty(), "unset: answered ids in memory only");
        String missing = dir.resolve("nope").toString();
        var e = assertThrows(ConfigException.class, () -> Config.from(Map.of("WAYPOINT_DATA", missing)));
        assertTrue(e.getMessage().contains("WAYPOINT_DATA") && e.getMessage().contains(missing), e.getMessage());
        Path file = java.nio.file.Files.writeString(dir.resolve("f"), "x");
        e = assertThrows(ConfigException.class, () -> Config.from(Map.of("WAYPOINT_DATA", file.toString())));
        assertTrue(e.getMessage().contains("not a directory"), e.getMessage());
    }

    @Test
    void badValuesNameTheVariableAndTheValue() {
        var e = assertThrows(ConfigException.class, () -> Config.from(Map.of("WAYPOINT_ADMINS", "42,bob")));
        assertTrue(e.getMessage().contains("WAYPOINT_ADMINS") && e.getMessage().contains("'bob'"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> Config.from(Map.of("TELEGRAM_API_URL", "ftp://x")));
        assertTrue(e.getMessage().contains("TELEGRAM_API_URL") && e.getMessage().contains("ftp://x"), e.getMessage());
    }

    @Test
    void theReviewAgeDefaultsTo180DaysAndIsReadFromItsVariable() {
        assertEquals(180, Config.from(Map.of()).reviewDays());
        assertEquals(90, Config.from(Map.of("WAYPOINT_REVIEW_DAYS", " 90 ")).reviewDays());
        for (String bad : List.of("0", "-5", "ninety", "3651", "090")) {
            var e = assertThrows(ConfigException.class, () -> Config.from(Map.of("WAYPOINT_REVIEW_DAYS", bad)));
            assertTrue(
                    e.getMessage().contains("WAYPOINT_REVIEW_DAYS")
                            && e.getMessage().contains("'" + bad + "'"),
                    e.getMessage());
        }
    }

    @Test
    void aMalformedTokenIsRefusedWithoutShowingIt() {
        String bad = "not-a-token-secret-value";
        var e = assertThrows(ConfigException.class, () -> Config.from(Map.of("TELEGRAM_BOT_TOKEN", bad)));
        assertTrue(e.getMessage().contains("TELEGRAM_BOT_TOKEN"));
        assertFalse(e.getMessage().contains(bad), e.getMessage());
    }

    @Test
    void theTokenNeverAppearsInToString() {
        Config c = Config.from(Map.of("TELEGRAM_BOT_TOKEN", TOKEN));
        assertFalse(c.toString().contains(TOKEN));
        assertFalse(c.token().orElseThrow().toString().contains("AAH"));
        assertEquals("123456789", c.token().orElseThrow().botId());
    }
}
