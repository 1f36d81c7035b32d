/**
 * What the bot knows, as immutable records: destinations ({@link app.waypoint.knowledge.Destination} with its
 * Entry, Belarus, Residency, Banking, Life and Safety blocks), cross-cutting rules, help organisations, and the
 * pieces every block is made of (Fact, Evidence, Source, PartialDate, Text); also the country-names table
 * (Countries) used by search.
 *
 * <p>Depends on nothing else in the project and does no I/O (ArchitectureTest). Reading and checking
 * destinations.yml lives in {@link app.waypoint.knowledge.load}. To add a field: docs/architecture.md, "Add a
 * knowledge field".
 */
package app.waypoint.knowledge;
