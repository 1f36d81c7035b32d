/**
 * The Telegram edge and the only package that imports org.telegram: the long-poll loop (PollLoop, UpdateWindow),
 * per-chat ordered lanes (ChatLanes), mapping updates to the core (Inbound) and replies to Bot API methods (Render),
 * sending under Telegram limits (Sender, FlowControl, TokenBucket) and every Bot API fault (ApiFailure, Backoff).
 *
 * <p>May depend on conversation, knowledge and config. docs/telegram-edge.md has the fault table.
 */
package app.waypoint.telegram;
