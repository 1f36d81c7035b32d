package app.waypoint.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * Money: accounts and cards.
 *
 * @param account  can a Russian open an account
 * @param evidence sources and check date of {@code account}
 * @param facts    statements for the card
 */
public record Banking(Access account, Evidence evidence, List<Fact> facts) {
    public Banking {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(evidence, "evidence");
        facts = List.copyOf(facts);
    }

    /** How easily a Russian opens a bank account. */
    public enum Access {
        EASY,
        POSSIBLE,
        HARD,
        UNKNOWN
    }
}
