package app.waypoint.knowledge.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import app.waypoint.knowledge.Destination;
import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeFilesTest {

    @Test
    void aGeneratedFileIsValidWithoutWarnings() {
        LoadResult.Loaded loaded =
                assertInstanceOf(LoadResult.Loaded.class, Fixtures.loadText(KnowledgeFiles.generate(30)));
        assertEquals(List.of(), loaded.warnings());
        assertEquals(30, loaded.knowledge().destinations().size());
        Destination first = loaded.knowledge().destinations().getFirst();
        assertEquals(3, first.entry().facts().size());
        assertEquals(4, first.residency().routes().size());
        assertEquals(2, first.safety().facts().size());
    }

    @Test
    void generationIsDeterministic() {
        assertEquals(KnowledgeFiles.generate(5), KnowledgeFiles.generate(5));
    }

    @Test
    void beyondDistinctIdsOnlyTheRepeatedIdsAreErrors() {
        LoadResult.Failed failed = assertInstanceOf(
                LoadResult.Failed.class, Fixtures.loadText(KnowledgeFiles.generate(KnowledgeFiles.DISTINCT_IDS + 2)));
        assertEquals(2, failed.errors().size());
        failed.errors()
                .forEach(e ->
                        assertEquals("duplicate destination id", e.message().substring(0, 24)));
    }
}
