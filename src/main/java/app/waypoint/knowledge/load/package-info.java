/**
 * Reading and checking destinations.yml: {@link app.waypoint.knowledge.load.KnowledgeLoader} parses with
 * SnakeYAML into a position-keeping tree (YamlTree), the *Reader classes turn it into the records of
 * {@code app.waypoint.knowledge} with an error naming file, line, column and the bad value for every mistake,
 * and {@link app.waypoint.knowledge.load.KnowledgeValidator} with the *Check classes adds warnings (stale
 * checks, weak sources, untranslated text, rules about to end). The file side: KnowledgeFile reads a file,
 * FileSnapshot notices edits, LiveKnowledge reloads them without a restart and keeps the last good version.
 *
 * <p>May depend on {@code app.waypoint.knowledge} only. Apart from KnowledgeFile, FileSnapshot and LiveKnowledge
 * it does no I/O (ArchitectureTest). Used by the edges (cli, admin, watch), never by the conversation.
 */
package app.waypoint.knowledge.load;
