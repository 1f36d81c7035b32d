package app.waypoint.knowledge.load;

import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Source;
import app.waypoint.knowledge.Text;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every place a source is cited, with what it vouches for and the line it sits on: what the source watch
 * shows a maintainer when a page dies, moves or changes. Pure: it reads the text it is given.
 */
public final class Citations {
    private Citations() {}

    /**
     * One citation of a source.
     *
     * @param url     the cited page
     * @param area    a destination id, or {@code rules/ID} or {@code help/ID}
     * @param section the part of the area: entry, belarus, residency, banking, life, safety, rule or help
     * @param fact    the sentence it vouches for; empty when it vouches for a block's structured values
     * @param path    the key path, as the loader names it
     * @param line    the line of the citation in the file
     */
    public record Citation(URI url, String area, String section, Optional<Text> fact, String path, int line) {
        public Citation {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(fact, "fact");
            Objects.requireNonNull(path, "path");
        }

        /** Entry and safety facts are what people act on first. */
        public boolean urgent() {
            return section.equals("entry") || section.equals("belarus") || section.equals("safety");
        }
    }

    /**
     * The citations of a knowledge base, in file order.
     *
     * @param yaml      the text the knowledge base was loaded from (for the lines)
     * @param knowledge the knowledge base loaded from it
     */
    public static List<Citation> of(String yaml, KnowledgeBase knowledge) {
        Optional<YamlNode> root = YamlTree.parse(yaml, new Findings("citations"));
        List<Citation> out = new ArrayList<>();
        KnowledgeWalk.walk(knowledge, new KnowledgeWalk.Visitor() {
            private String textPath = "";
            private Text text;

            @Override
            public void text(String path, Text t) {
                textPath = path;
                text = t;
            }

            @Override
            public void source(String path, Source source) {
                String owner = path.substring(0, path.lastIndexOf(".sources["));
                Optional<Text> fact = textPath.equals(owner + ".text") ? Optional.of(text) : Optional.empty();
                int line = root.map(r -> TreeLocator.locate(r, path).line()).orElse(0);
                out.add(new Citation(source.url(), area(path), section(path), fact, path, line));
            }
        });
        return out;
    }

    private static String area(String path) {
        String list = path.substring(0, path.indexOf('['));
        String id = path.substring(path.indexOf('[') + 1, path.indexOf(']'));
        return list.equals("destinations") ? id : list + "/" + id;
    }

    private static String section(String path) {
        if (path.startsWith("rules")) return "rule";
        if (path.startsWith("help")) return "help";
        String rest = path.substring(path.indexOf(']') + 2);
        int end = rest.indexOf('.');
        String first = end < 0 ? rest : rest.substring(0, end);
        return first.contains("[") ? first.substring(0, first.indexOf('[')) : first;
    }
}
