/**
 * The command line: Main picks the command (bot, chat, validate, sources, diff) and App wires the parts together.
 * The one package that may depend on every other.
 */
package app.waypoint.cli;
