/**
 * The console chat: the same conversation as on Telegram in a terminal, buttons shown as numbered options.
 * May depend on conversation and knowledge.
 */
package app.waypoint.console;
