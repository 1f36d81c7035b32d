/**
 * Configuration from environment variables, read in one place (Config), failing fast with the variable and the
 * bad value named; the token never prints itself (BotToken). Depends on nothing else in the project.
 */
package app.waypoint.config;
