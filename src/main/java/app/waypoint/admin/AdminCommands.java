package app.waypoint.admin;

import app.waypoint.conversation.Conversation;
import app.waypoint.conversation.Incoming;
import app.waypoint.conversation.Input;
import app.waypoint.conversation.Reply;
import app.waypoint.conversation.Screen;
import app.waypoint.knowledge.Lang;
import app.waypoint.knowledge.load.LiveKnowledge;
import app.waypoint.knowledge.load.Problem;
import app.waypoint.knowledge.load.ReloadResult;
import app.waypoint.knowledge.load.Staleness;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/**
 * Maintainers' commands in front of the conversation: {@code /reload}, {@code /stale} and {@code /stats},
 * accepted only from the user ids in {@code WAYPOINT_ADMINS} (in a private chat the chat id is the user's id).
 * From anyone else they reach the conversation, which answers as for any unknown command.
 * Every input is counted in {@link Stats} on the way through.
 */
public final class AdminCommands implements Conversation {
    /** How many problems a rejected reload lists in the chat; the log has them all. */
    static final int LISTED_PROBLEMS = 15;
    /** How many areas /stale lists. */
    static final int LISTED_AREAS = 40;

    private final Conversation inner;
    private final Set<Long> admins;
    private final LiveKnowledge knowledge;
    private final Stats stats;
    private final Clock clock;
    private final int staleDays;

    public AdminCommands(
            Conversation inner, Set<Long> admins, LiveKnowledge knowledge, Stats stats, Clock clock, int staleDays) {
        this.inner = inner;
        this.admins = Set.copyOf(admins);
        this.knowledge = knowledge;
        this.stats = stats;
        this.clock = clock;
        this.staleDays = staleDays;
    }

    @Override
    public List<Reply> handle(Incoming in) {
        stats.input(in.chatId());
        if (in.input() instanceof Input.Command c && admins.contains(in.chatId())) {
            AdminText t = AdminText.of(Lang.fromLanguageCode(in.languageCode()));
            switch (c.name()) {
                case "reload" -> {
                    return send(reload(t));
                }
                case "stale" -> {
                    return send(stale(t));
                }
                case "stats" -> {
                    return send(stats(t));
                }
                default -> {
                    // not a maintainers' command: the conversation answers
                }
            }
        }
        return inner.handle(in);
    }

    @Override
    public List<Reply> afterWipe(long chatId, String languageCode, int deleted, int tooOld) {
        return inner.afterWipe(chatId, languageCode, deleted, tooOld);
    }

    @Override
    public void forget(long chatId) {
        inner.forget(chatId);
    }

    private static List<Reply> send(String html) {
        return List.of(new Reply.Send(Screen.text(html)));
    }

    private String reload(AdminText t) {
        return switch (knowledge.checkNow()) {
            case ReloadResult.Unchanged u ->
                t.format(
                        "reload.unchanged",
                        knowledge.get().destinations().size(),
                        knowledge.warnings().size());
            case ReloadResult.Reloaded r ->
                t.format("reload.done", r.destinations(), r.warnings().size());
            case ReloadResult.Rejected r ->
                t.format("reload.rejected", r.problems().size()) + "\n" + problems(r.problems());
        };
    }

    /** What maintainers are sent when a live edit of the knowledge base is refused (English: no chat language). */
    public static String rejectedNotice(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        return AdminText.of(Lang.EN).format("reload.rejected.push", errors) + "\n"
                + problems(problems.stream().filter(Problem::isError).toList());
    }

    /** The first problems in compiler style, escaped, in a code block a maintainer can read on a phone. */
    static String problems(List<Problem> problems) {
        StringBuilder sb = new StringBuilder("<pre>");
        problems.stream()
                .limit(LISTED_PROBLEMS)
                .forEach(p -> sb.append(Screen.escape(p.toString())).append('\n'));
        if (problems.size() > LISTED_PROBLEMS) sb.append("… +").append(problems.size() - LISTED_PROBLEMS);
        return sb.append("</pre>").toString();
    }

    private String stale(AdminText t) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Staleness.Area> areas = Staleness.report(knowledge.get(), today, staleDays);
        if (areas.isEmpty()) return t.format("stale.none", staleDays) + "\n\n" + t.format("stale.watch");
        StringBuilder sb = new StringBuilder(t.format("stale.head", staleDays, areas.size())).append('\n');
        areas.stream()
                .limit(LISTED_AREAS)
                .forEach(a -> sb.append(t.format(
                                "stale.line",
                                Screen.escape(a.area()),
                                a.stale(),
                                a.dates(),
                                a.oldest().toString()))
                        .append('\n'));
        return sb.append('\n').append(t.format("stale.watch")).toString().strip();
    }

    private String stats(AdminText t) {
        Stats.Snapshot s = stats.snapshot();
        String since = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                .withZone(ZoneOffset.UTC)
                .format(s.since());
        StringBuilder sb = new StringBuilder(t.format("stats.head", since, s.inputs(), "≈ " + s.distinctUsers()));
        if (s.dropped() > 0) sb.append('\n').append(t.format("stats.dropped", s.dropped()));
        if (s.cardsViewed().isEmpty())
            return sb.append('\n').append(t.format("stats.nocards")).toString();
        sb.append('\n').append(t.format("stats.cards")).append('\n');
        s.cardsViewed().entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> sb.append(Screen.escape(e.getKey()))
                        .append(' ')
                        .append(e.getValue())
                        .append('\n'));
        return sb.toString().strip();
    }
}
