package app.waypoint.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {
    @Test
    void packsParagraphsWithoutSplittingThem() {
        List<String> pages = Paging.pack(List.of("a".repeat(40), "b".repeat(40), "c".repeat(40)), 90);
        assertEquals(List.of("a".repeat(40) + "\n\n" + "b".repeat(40), "c".repeat(40)), pages);
        assertEquals(List.of(""), Paging.pack(List.of(), 100));
    }

    @Test
    void splitsPlainTextAtSpacesCountingEscapes() {
        List<String> pieces = Paging.split("aa && bb cc dd ee ff gg hh", 20);
        assertTrue(pieces.stream().allMatch(p -> Html.escape(p).length() <= 20), pieces.toString());
        assertEquals("aa && bb cc dd ee ff gg hh", String.join(" ", pieces));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String flags = "🇬🇪".repeat(30);
        for (String piece : Paging.split(flags, 17)) {
            assertTrue(!Character.isLowSurrogate(piece.charAt(0)), piece);
            assertTrue(!Character.isHighSurrogate(piece.charAt(piece.length() - 1)), piece);
        }
    }
}
