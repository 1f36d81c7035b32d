/**
 * The jar's front door (Launcher), compiled for Java 11 so that an older default java can find a JDK 21+ and
 * hand over to it. Depends on nothing; must not touch a class compiled for Java 21 before the version check.
 */
package app.waypoint.launch;
