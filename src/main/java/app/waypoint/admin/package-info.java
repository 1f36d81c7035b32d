/**
 * Maintainers' commands in front of the conversation (/reload, /stale, /stats) and aggregate counters that keep
 * nothing per user. May depend on conversation and knowledge.
 */
package app.waypoint.admin;
