/**
 * The knowledge base: immutable records for destinations, rules and help organisations (Destination, Entry,
 * Fact, Source ...), the strict YAML loader (KnowledgeLoader over SnakeYAML events: KnowledgeReader and the
 * *Reader classes), the checks that make warnings (KnowledgeValidator and the *Check classes), the country-names
 * data (Countries), and the file side: KnowledgeFile reads a file, LiveKnowledge reloads it on edits.
 *
 * <p>May depend on nothing else in the project. Apart from KnowledgeFile, FileSnapshot and LiveKnowledge it does
 * no I/O (ArchitectureTest). To add a field: docs/architecture.md, "Add a knowledge field".
 */
package app.waypoint.knowledge;
