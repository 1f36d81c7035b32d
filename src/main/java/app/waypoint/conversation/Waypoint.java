package app.waypoint.conversation;

import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Lang;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Waypoint's conversation: a short questionnaire, a ranked and explained list of destinations, cards,
 * comparison, search and browsing. Pure: no I/O and no Telegram types.
 *
 * <p>Every button carries the answers and the screen it leads to ({@link StateCodec}), so a press works the
 * same after a restart. Per chat, only the language chosen with /language and the id of the last pressed menu
 * are kept, in memory, for a day of inactivity. Thread-safe; the knowledge base is read once per input, so
 * a reload between inputs is safe.
 */
public final class Waypoint implements Conversation {
    private final Supplier<KnowledgeBase> knowledge;
    private final Clock clock;
    private final Sessions sessions;
    private final Messages messages = Messages.bundled();
    private final Consumer<String> cardOpened;
    private final int reviewDays;

    /**
     * @param knowledge the live knowledge base
     * @param ticker    time for session expiry ({@code Ticker.systemTicker()} in production)
     * @param clock     today's date, for notes on data not reviewed for a year
     */
    public Waypoint(Supplier<KnowledgeBase> knowledge, Ticker ticker, Clock clock) {
        this(knowledge, ticker, clock, id -> {});
    }

    /**
     * @param cardOpened told the destination id each time a card is opened at its first page (by a button or
     *                   a deep link), for aggregate counts; it must be fast and must not throw
     */
    public Waypoint(Supplier<KnowledgeBase> knowledge, Ticker ticker, Clock clock, Consumer<String> cardOpened) {
        this(knowledge, ticker, clock, cardOpened, Ctx.DEFAULT_REVIEW_DAYS);
    }

    /**
     * @param reviewDays days after its check date a fact is marked on cards and lists as not re-checked
     */
    public Waypoint(
            Supplier<KnowledgeBase> knowledge,
            Ticker ticker,
            Clock clock,
            Consumer<String> cardOpened,
            int reviewDays) {
        if (reviewDays < 1) throw new IllegalArgumentException("reviewDays must be at least 1, was " + reviewDays);
        this.reviewDays = reviewDays;
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sessions = new Sessions(Objects.requireNonNull(ticker, "ticker"));
        this.cardOpened = Objects.requireNonNull(cardOpened, "cardOpened");
    }

    @Override
    public List<Reply> handle(Incoming incoming) {
        Lang lang = sessions.get(incoming.chatId()).lang().orElse(Lang.fromLanguageCode(incoming.languageCode()));
        try {
            Ctx ctx = new Ctx(
                    knowledge.get(),
                    messages.in(lang),
                    State.fresh(lang, new View.Home()),
                    LocalDate.now(clock),
                    reviewDays);
            return switch (incoming.input()) {
                case Input.Command c -> {
                    if (c.name().equals(Command.START.typed()))
                        ctx.kb()
                                .destination(c.argument().strip().toLowerCase(java.util.Locale.ROOT))
                                .ifPresent(d -> cardOpened.accept(d.id()));
                    yield Commands.answer(ctx, c, incoming.chatId(), sessions);
                }
                case Input.Text t -> send(TypedScreens.search(ctx, t.text()));
                case Input.Press p -> press(ctx, p, incoming.chatId(), Lang.fromLanguageCode(incoming.languageCode()));
                case Input.Unsupported u -> send(TypedScreens.hint(ctx, "text.unsupported"));
            };
        } catch (RuntimeException e) { // a bug must not leave the user without an answer
            return List.of(new Reply.Send(Screen.text(messages.in(lang).t("error.text"))));
        }
    }

    @Override
    public List<Reply> afterWipe(long chatId, String languageCode, int deleted, int tooOld) {
        Lang lang = Lang.fromLanguageCode(languageCode);
        return List.of(new Reply.Send(InfoScreens.afterWipe(messages.in(lang), deleted, tooOld)));
    }

    @Override
    public void forget(long chatId) {
        sessions.forget(chatId);
    }

    /** A button press: the button's state is rendered in place; a language unlike the client's is remembered. */
    private List<Reply> press(Ctx base, Input.Press press, long chatId, Lang client) {
        int menu = press.messageId() != 0
                ? press.messageId()
                : sessions.get(chatId).menuId();
        Optional<State> decoded = StateCodec.decode(press.data(), base.lang());
        if (decoded.isEmpty()) {
            Screen home = InfoScreens.home(base, base.t("press.stale") + "\n\n");
            return List.of(show(menu, home), new Reply.Notice(base.label("notice.stale")));
        }
        State state = decoded.get();
        if (state.view() instanceof View.Card c && c.section() == Section.ENTRY && c.page() == 0) {
            cardOpened.accept(c.id());
        }
        return switch (Screens.render(
                new Ctx(base.kb(), messages.in(state.lang()), state, base.today(), base.reviewDays()))) {
            case Outcome.Wipe w -> {
                sessions.forget(chatId);
                yield List.of(new Reply.Wipe(state.lang().name().toLowerCase(java.util.Locale.ROOT)));
            }
            case Outcome.Show s -> {
                Optional<Lang> override = state.lang() == client ? Optional.empty() : Optional.of(state.lang());
                sessions.update(chatId, old -> new Sessions.Session(override, menu));
                List<Reply> replies = new ArrayList<>();
                replies.add(show(menu, s.screen()));
                s.notice().ifPresent(n -> replies.add(new Reply.Notice(n)));
                yield replies;
            }
        };
    }

    /** Edits the pressed menu in place; sends a new message when the menu is unknown. */
    private static Reply show(int menu, Screen screen) {
        return menu > 0 ? new Reply.Edit(menu, screen) : new Reply.Send(screen);
    }

    private static List<Reply> send(Screen screen) {
        return List.of(new Reply.Send(screen));
    }
}
