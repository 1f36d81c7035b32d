package app.waypoint.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An organisation that helps people in danger or on the move.
 *
 * @param id       lower-case id that destinations refer to
 * @param name     the name in both languages
 * @param helps    what it helps with
 * @param about    a short description
 * @param contacts public contacts
 * @param evidence sources and check date
 */
public record HelpOrganisation(
        String id, Text name, Set<Topic> helps, Text about, List<Contact> contacts, Evidence evidence) {
    public HelpOrganisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        helps = Set.copyOf(helps);
        Objects.requireNonNull(about, "about");
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(evidence, "evidence");
    }

    /** True when it helps with this. */
    public boolean helpsWith(Topic topic) {
        return helps.contains(topic);
    }

    /** What an organisation helps with. */
    public enum Topic {
        MOBILISATION,
        DESERTION,
        LEGAL,
        RELOCATION,
        PERSECUTION,
        ASYLUM,
        PSYCHOLOGICAL,
        /** Help for LGBT+ people (persecuted in Russia as an "extremist movement" since 2023). */
        LGBT
    }

    /**
     * A public contact.
     *
     * @param kind  website, telegram or email
     * @param value the address, handle or URL
     */
    public record Contact(ContactKind kind, String value) {
        public Contact {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
        }
    }

    /** Kinds of contact. */
    public enum ContactKind {
        WEBSITE,
        TELEGRAM,
        EMAIL
    }
}
