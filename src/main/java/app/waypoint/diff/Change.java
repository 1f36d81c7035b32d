package app.waypoint.diff;

/**
 * One difference between two versions of the knowledge base, in the terms a maintainer reviews: a destination,
 * rule or help organisation ({@code area}), the part of it ({@code section}: entry, belarus, safety, rule, ...),
 * and what happened. Switch over it without {@code default}.
 */
public sealed interface Change {
    /** The destination as {@code Name (id)}, or {@code rule ID} / {@code help ID}. */
    String area();

    /** A destination, rule or organisation that is new. */
    record AreaAdded(String area, String title) implements Change {}

    /** A destination, rule or organisation that is gone. */
    record AreaRemoved(String area, String title) implements Change {}

    /** A structured value that changed ({@code visa: visa_free → e_visa}). */
    record ValueChanged(String area, String section, String field, String before, String after) implements Change {}

    /** A sentence that is new. */
    record FactAdded(String area, String section, String text) implements Change {}

    /** A sentence that is gone. */
    record FactRemoved(String area, String section, String text) implements Change {}

    /** A sentence said differently (matched by its words). */
    record FactReworded(String area, String section, String before, String after) implements Change {}

    /** A source cited by a fact, or by a block's values when {@code fact} is empty, is new. */
    record SourceAdded(String area, String section, String fact, String url) implements Change {}

    /** A source no longer cited there. */
    record SourceRemoved(String area, String section, String fact, String url) implements Change {}

    /** A check date that moved. */
    record CheckedMoved(String area, String section, String fact, String before, String after) implements Change {}
}
