package app.waypoint.conversation;

import app.waypoint.knowledge.Destination;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the user is: one screen of the conversation. A view plus the answers is everything a button needs
 * to carry, so a press continues where the user was even after a restart.
 */
sealed interface View {

    /** The greeting and main menu. */
    record Home() implements View {}

    /**
     * One question.
     *
     * @param step  which question
     * @param limit the user tried to pick a fourth priority: say "up to three"
     */
    record Question(Step step, boolean limit) implements View {
        public Question {
            Objects.requireNonNull(step, "step");
        }
    }

    /** Situation-level warnings and where to get help, shown before the list; {@code page} from 0. */
    record Warnings(int page) implements View {}

    /** The ranked list; page 0 is the top five. */
    record Results(int page) implements View {}

    /**
     * A destination's card.
     *
     * @param id      the destination
     * @param section the section shown
     * @param page    the page of a long section, from 0
     * @param origin  where Back leads
     */
    record Card(String id, Section section, int page, Origin origin) implements View {
        public Card {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /**
     * Choosing destinations to compare.
     *
     * @param ids   chosen so far, at most three
     * @param page  page of the candidates
     * @param limit the user tried to pick a fourth: say "up to three"
     */
    record Pick(List<String> ids, int page, boolean limit) implements View {
        public Pick {
            ids = List.copyOf(ids);
        }
    }

    /** Two or three destinations side by side. */
    record Compare(List<String> ids) implements View {
        public Compare {
            ids = List.copyOf(ids);
        }
    }

    /** Browsing: the list of regions. */
    record Regions() implements View {}

    /** Browsing: the destinations of one region. */
    record Region(Destination.Region region, int page) implements View {
        public Region {
            Objects.requireNonNull(region, "region");
        }
    }

    /** A page of plain information: help, about, privacy, or the confirmation before wiping the chat. */
    record Info(Topic topic) implements View {
        public Info {
            Objects.requireNonNull(topic, "topic");
        }
    }

    /**
     * What changes soon across all destinations and rules.
     *
     * @param page the page, from 0
     * @param card the destination whose card it was opened from, where Back leads; empty from the main menu
     */
    record Changes(int page, Optional<String> card) implements View {
        public Changes {
            Objects.requireNonNull(card, "card");
        }
    }

    /** The confirmed request to delete the chat: not a screen, it becomes a {@link Reply.Wipe}. */
    record Wipe() implements View {}

    /** Information pages. */
    enum Topic {
        HELP,
        ABOUT,
        PRIVACY,
        FORGET
    }
}
