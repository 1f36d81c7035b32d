/**
 * The source watch for maintainers: fetches every page the knowledge base cites (Fetcher, politely), reduces it to
 * its readable text (Readable, with jsoup), compares fingerprints with the last run (WatchRecord) and reports
 * what is dead, moved or changed with the facts that cite it (Report). May depend on knowledge only.
 */
package app.waypoint.watch;
