package app.waypoint.knowledge.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import app.waypoint.knowledge.KnowledgeBase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The destinations.yml the bot ships with must load: a data edit that breaks it fails the build. */
class ShippedKnowledgeTest {
    private static final Path SHIPPED = Path.of("destinations.yml");

    @Test
    void theShippedFileHasNoErrors() {
        LoadResult result = KnowledgeFile.load(SHIPPED, Fixtures.loader());
        List<String> errors = result.problems().stream()
                .filter(Problem::isError)
                .map(Problem::toString)
                .toList();
        assertEquals(List.of(), errors);
        KnowledgeBase kb = assertInstanceOf(LoadResult.Loaded.class, result).knowledge();
        assertEquals(kb.destinations().size(), kb.byId().size(), "ids are unique");
    }
}
