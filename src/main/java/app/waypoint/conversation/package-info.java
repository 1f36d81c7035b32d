/**
 * The conversation core: Waypoint turns an Input (a command, a press, text) into Replies (screens to send or
 * edit), with the whole state in the buttons (State, StateCodec, View). Questions (Flow, QuestionScreens), ranking
 * (Ranking and the *Scoring classes), cards, compare, search and warnings. Texts come from the bundles in
 * src/main/resources/i18n (Messages, Msg); nothing user-facing is written in Java.
 *
 * <p>Pure: no Telegram types, no I/O, time from an injected Clock/Ticker. May depend on knowledge only.
 */
package app.waypoint.conversation;
