/**
 * The data diff: what changed between two loaded knowledge bases (KnowledgeDiff, a pure function returning
 * Change values) and how a reviewer reads it (DiffReport). Pure; may depend on knowledge only. The command that
 * loads the files is cli.DiffCommand.
 */
package app.waypoint.diff;
