package app.waypoint.conversation;

import app.waypoint.knowledge.Banking;
import app.waypoint.knowledge.Belarus;
import app.waypoint.knowledge.Destination;
import app.waypoint.knowledge.Destination.Region;
import app.waypoint.knowledge.Entry;
import app.waypoint.knowledge.Entry.Document;
import app.waypoint.knowledge.Entry.Visa;
import app.waypoint.knowledge.Evidence;
import app.waypoint.knowledge.Fact;
import app.waypoint.knowledge.HelpOrganisation;
import app.waypoint.knowledge.HelpOrganisation.Contact;
import app.waypoint.knowledge.HelpOrganisation.ContactKind;
import app.waypoint.knowledge.HelpOrganisation.Topic;
import app.waypoint.knowledge.KnowledgeBase;
import app.waypoint.knowledge.Life;
import app.waypoint.knowledge.PartialDate;
import app.waypoint.knowledge.Residency;
import app.waypoint.knowledge.Residency.RouteKind;
import app.waypoint.knowledge.Rule;
import app.waypoint.knowledge.Safety;
import app.waypoint.knowledge.Source;
import app.waypoint.knowledge.Stay;
import app.waypoint.knowledge.Text;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A small knowledge base built from records, with values taken from the research notes (shared/research),
 * for tests that must not depend on the real destinations.yml.
 */
final class Fixtures {
    private Fixtures() {}

    static KnowledgeBase kb() {
        return new KnowledgeBase(
                List.of(
                        georgia(),
                        armenia(),
                        kazakhstan(),
                        kyrgyzstan(),
                        germany(),
                        israel(),
                        serbia(),
                        montenegro(),
                        mongolia(),
                        turkey(),
                        thailand()),
                help(),
                rules());
    }

    // --- destinations

    static Destination georgia() {
        Entry entry = entry(
                Set.of(Document.INTERNATIONAL_PASSPORT),
                Optional.empty(),
                Visa.VISA_FREE,
                365,
                StayRule.PER_ENTRY,
                fact(
                        "From 1 March 2026 every foreign worker, remote workers included, needs a work permit.",
                        "С 1 марта 2026 года всем иностранцам, включая удалёнщиков, нужно разрешение на работу.",
                        true,
                        "2026-03-01",
                        "https://ccbsnews.info/en/news/detail/7595",
                        "2026-03"));
        Entry belarus = entry(Set.of(), Optional.empty(), Visa.VISA_FREE, 365, StayRule.PER_ENTRY);
        Residency residency = new Residency(
                List.of(
                        route(
                                RouteKind.WORK,
                                "Work permit: income at least 5 times the minimum wage.",
                                "ВНЖ по работе: доход не ниже 5 минимальных зарплат."),
                        route(
                                RouteKind.INVESTMENT,
                                "$300,000 of investment gives a 5-year permit.",
                                "Инвестиции от $300 000 дают ВНЖ на 5 лет.")),
                Residency.Level.MODERATE,
                Set.of());
        Banking banking = new Banking(
                Banking.Access.HARD,
                ev(),
                List.of(fact(
                        "Banks ask Russians for extra documents; some accounts were closed in 2022.",
                        "Банки просят у россиян дополнительные документы; в 2022 году часть счетов закрыли.",
                        false,
                        null,
                        "https://glcgroup.ge/news-info/261",
                        "2022")));
        Life life = new Life(Life.Russian.PARTLY, Life.Cost.MEDIUM, OptionalDouble.of(33.9), ev(), List.of());
        Safety safety = new Safety(
                Safety.Risk.LOW,
                Safety.Asylum.POOR,
                Safety.Refusals.DOCUMENTED,
                ev(),
                List.of(fact(
                        "Anti-war journalists and activists have been refused entry or expelled without explanation.",
                        "Антивоенным журналистам и активистам отказывали во въезде или высылали без объяснений.",
                        true,
                        null,
                        "https://www.themoscowtimes.com/2022/11/16/georgia-bars-entry-to-russian-journalists-activists-reports-a79391",
                        "2022-11-16")));
        return new Destination(
                "ge",
                "🇬🇪",
                new Text("Georgia", "Грузия"),
                List.of("Sakartvelo", "Tbilisi", "Batumi", "Тбилиси", "Батуми"),
                Region.CAUCASUS,
                false,
                PartialDate.parse("2026-03"),
                entry,
                new Belarus.Own(belarus),
                residency,
                banking,
                life,
                safety,
                List.of("idite-lesom", "kovcheg"),
                1);
    }

    static Destination armenia() {
        Entry entry = entry(
                Set.of(Document.INTERNATIONAL_PASSPORT, Document.INTERNAL_PASSPORT),
                Optional.of(Entry.InternalPassportBy.AIR),
                Visa.VISA_FREE,
                180,
                StayRule.PER_YEAR,
                fact(
                        "The internal passport is accepted only on arrival by air.",
                        "Внутренний паспорт принимают только при прилёте самолётом.",
                        false,
                        null,
                        "https://news.mail.ru/society/68456137/",
                        "2025-10-25"));
        Entry belarus =
                new Entry(Set.of(), Optional.empty(), Visa.VISA_FREE, Stay.UNKNOWN, Optional.empty(), ev(), List.of());
        Residency residency = new Residency(
                List.of(
                        route(
                                RouteKind.WORK,
                                "A one-year permit with a work permit.",
                                "ВНЖ на год по разрешению на работу."),
                        route(RouteKind.STUDY, "A one-year permit for study.", "ВНЖ на год для учёбы.")),
                Residency.Level.MODERATE,
                Set.of());
        Safety safety = new Safety(
                Safety.Risk.HIGH,
                Safety.Asylum.POOR,
                Safety.Refusals.UNKNOWN,
                ev(),
                List.of(fact(
                        "Russian military police seized a deserter in Gyumri in December 2023 and took him to Russia.",
                        "В декабре 2023 года российская военная полиция задержала дезертира в Гюмри и вывезла его в Россию.",
                        false,
                        null,
                        "https://oc-media.org/russian-deserter-detained-in-yerevan/",
                        "2023-04-11")));
        return new Destination(
                "am",
                "🇦🇲",
                new Text("Armenia", "Армения"),
                List.of("Yerevan", "Ереван", "Hayastan"),
                Region.CAUCASUS,
                true,
                PartialDate.parse("2026-02"),
                entry,
                new Belarus.Own(belarus),
                residency,
                new Banking(Banking.Access.POSSIBLE, ev(), List.of()),
                new Life(Life.Russian.PARTLY, Life.Cost.MEDIUM, OptionalDouble.empty(), ev(), List.of()),
                safety,
                List.of("kovcheg"),
                2);
    }

    static Destination kazakhstan() {
        Entry entry = entry(
                Set.of(Document.INTERNATIONAL_PASSPORT, Document.INTERNAL_PASSPORT),
                Optional.of(Entry.InternalPassportBy.ANY),
                Visa.VISA_FREE,
                90,
                StayRule.PER_180_DAYS,
                fact(
                        "Since 27 January 2023 border runs no longer reset the 90 days.",
                        "С 27 января 2023 года выезд на границу не обнуляет 90 дней.",
                        false,
                        null,
                        "https://astanatimes.com/2023/01/kazakhstan-amends-immigration-rules-cancels-visa-run-for-foreign-nationals/",
                        "2023-01-19"));
        Safety safety = new Safety(
                Safety.Risk.HIGH,
                Safety.Asylum.POOR,
                Safety.Refusals.UNKNOWN,
                ev(),
                List.of(fact(
                        "A deserter who asked for asylum was handed over to the Russian military on 2 February 2026.",
                        "2 февраля 2026 года дезертира, просившего убежища, передали российским военным.",
                        false,
                        null,
                        "https://es.euronews.com/2026/02/03/astana-extradita-moscu-rusos-criticos-con-el-regimen-contrarios-guerra",
                        "2026-02-03")));
        return new Destination(
                "kz",
                "🇰🇿",
                new Text("Kazakhstan", "Казахстан"),
                List.of("Almaty", "Astana", "Алматы", "Астана"),
                Region.CENTRAL_ASIA,
                true,
                PartialDate.parse("2026-03"),
                entry,
                new Belarus.Own(entry(Set.of(), Optional.empty(), Visa.VISA_FREE, 90, StayRule.PER_180_DAYS)),
                new Residency(
                        List.of(route(
                                RouteKind.WORK,
                                "Temporary residence for work.",
                                "Временный вид на жительство по работе.")),
                        Residency.Level.MODERATE,
                        Set.of()),
                new Banking(Banking.Access.POSSIBLE, ev(), List.of()),
                new Life(Life.Russian.WIDELY, Life.Cost.MEDIUM, OptionalDouble.empty(), ev(), List.of()),
                safety,
                List.of(),
                3);
    }

    static Destination kyrgyzstan() {
        Entry entry = entry(
                Set.of(Document.INTERNATIONAL_PASSPORT, Document.INTERNAL_PASSPORT),
                Optional.of(Entry.InternalPassportBy.ANY),
                Visa.VISA_FREE,
                90,
                StayRule.PER_180_DAYS);
        return new Destination(
                "kg",
                "🇰🇬",
                new Text("Kyrgyzstan", "Киргизия"),
                List.of("Kyrgyzstan", "Кыргызстан", "Bishkek", "Бишкек"),
                Region.CENTRAL_ASIA,
                true,
                PartialDate.parse("2025-12"),
                entry,
                new Belarus.Unknown(),
                new Residency(
                        List.of(route(
                                RouteKind.WORK,
                                "A one-year permit, renewable up to five years.",
                                "ВНЖ на год, продлевается до пяти лет.")),
                        Residency.Level.MODERATE,
                        Set.of()),
                new Banking(Banking.Access.UNKNOWN, ev(), List.of()),
                new Life(Life.Russian.WIDELY, Life.Cost.LOW, OptionalDouble.empty(), ev(), List.of()),
                new Safety(Safety.Risk.HIGH, Safety.Asylum.POOR, Safety.Refusals.UNKNOWN, ev(), List.of()),
                List.of(),
                4);
    }

    static Destination germany() {
        Entry entry = new Entry(
                Set.of(Document.INTERNATIONAL_PASSPORT),
                Optional.empty(),
                Visa.VISA_REQUIRED,
                Stay.UNKNOWN,
                Optional.empty(),
                ev(),
                List.of(fact(
                        "Russians living in Russia get single-entry Schengen visas only.",
                        "Россиянам, живущим в России, выдают только однократные шенгенские визы.",
                        true,
                        "2025-11-07",
                        "https://babel.ua/en/news/122854-eu-bans-russians-from-receiving-schengen-multi-visas",
                        "2025-11-07")));
        Residency residency = new Residency(
                List.of(
                        route(
                                RouteKind.WORK,
                                "EU Blue Card for qualified workers.",
                                "Голубая карта ЕС для специалистов."),
                        route(RouteKind.STUDY, "Student visa and residence permit.", "Студенческая виза и ВНЖ."),
                        route(
                                RouteKind.ASYLUM,
                                "Deserters are protected; most draft evaders are refused.",
                                "Дезертиров защищают; большинству уклонистов отказывают.")),
                Residency.Level.MODERATE,
                Set.of());
        return new Destination(
                "de",
                "🇩🇪",
                new Text("Germany", "Германия"),
                List.of("Deutschland", "Berlin", "Берлин"),
                Region.EUROPEAN_UNION,
                false,
                PartialDate.parse("2026-01"),
                entry,
                new Belarus.Own(new Entry(
                        Set.of(),
                        Optional.empty(),
                        Visa.VISA_REQUIRED,
                        Stay.UNKNOWN,
                        Optional.empty(),
                        ev(),
                        List.of())),
                residency,
                new Banking(
                        Banking.Access.POSSIBLE,
                        ev(),
                        List.of(fact(
                                "Deposits over €100,000 per bank are banned for Russians without an EU residence permit.",
                                "Вклады свыше 100 000 € в одном банке запрещены россиянам без ВНЖ ЕС.",
                                false,
                                null,
                                "https://nawi.cz/new-restrictions-on-escrow-and-cryptocurrency-accounts-for-russian-citizens-in-the-eu",
                                "2024-05-02"))),
                new Life(Life.Russian.RARELY, Life.Cost.HIGH, OptionalDouble.of(65.5), ev(), List.of()),
                new Safety(Safety.Risk.LOW, Safety.Asylum.GOOD, Safety.Refusals.UNKNOWN, ev(), List.of()),
                List.of("connection"),
                5);
    }

    static Destination israel() {
        Residency residency = new Residency(
                List.of(new Residency.Route(
                        RouteKind.REPATRIATION,
                        fact(
                                "The Law of Return covers children and grandchildren of Jews and their spouses.",
                                "Закон о возвращении распространяется на детей и внуков евреев и их супругов.",
                                true,
                                null,
                                "https://visa-digital-nomad.com/news/cancellation-of-the-right-of-repatriation-for-jewish-grandchildren",
                                "2025-05-06"))),
                Residency.Level.EASY,
                Set.of(Residency.Descent.JEWISH));
        return new Destination(
                "il",
                "🇮🇱",
                new Text("Israel", "Израиль"),
                List.of("Tel Aviv", "Тель-Авив"),
                Region.MIDDLE_EAST,
                false,
                PartialDate.parse("2025-11"),
                entry(
                        Set.of(Document.INTERNATIONAL_PASSPORT),
                        Optional.empty(),
                        Visa.VISA_FREE,
                        90,
                        StayRule.PER_180_DAYS),
                new Belarus.Own(entry(Set.of(), Optional.empty(), Visa.VISA_FREE, 90, StayRule.PER_180_DAYS)),
                residency,
                new Banking(Banking.Access.UNKNOWN, ev(), List.of()),
                new Life(Life.Russian.PARTLY, Life.Cost.HIGH, OptionalDouble.of(65.2), ev(), List.of()),
                new Safety(Safety.Risk.LOW, Safety.Asylum.UNKNOWN, Safety.Refusals.UNKNOWN, ev(), List.of()),
                List.of(),
                6);
    }

    static Destination serbia() {
        Safety safety = new Safety(
                Safety.Risk.MEDIUM,
                Safety.Asylum.POOR,
                Safety.Refusals.DOCUMENTED,
                ev(),
                List.of(fact(
                        "Since 2023 at least a dozen anti-war Russians have been refused entry or had their residence permits revoked.",
                        "С 2023 года не меньше десятка антивоенных россиян не впустили в страну или лишили ВНЖ.",
                        true,
                        null,
                        "https://staging.rferl.org/a/serbia-anti-war-russians-fear-expulsion/32818065.html",
                        "2024-02")));
        return new Destination(
                "rs",
                "🇷🇸",
                new Text("Serbia", "Сербия"),
                List.of("Srbija", "Belgrade", "Белград"),
                Region.BALKANS,
                false,
                PartialDate.parse("2025-10"),
                entry(
                        Set.of(Document.INTERNATIONAL_PASSPORT),
                        Optional.empty(),
                        Visa.VISA_FREE,
                        30,
                        StayRule.PER_ENTRY),
                new Belarus.Own(entry(Set.of(), Optional.empty(), Visa.VISA_FREE, 30, StayRule.PER_ENTRY)),
                new Residency(
                        List.of(route(
                                RouteKind.BUSINESS,
                                "Sole-trader registration gives a permit of up to 3 years.",
                                "Регистрация предпринимателя даёт ВНЖ до 3 лет.")),
                        Residency.Level.MODERATE,
                        Set.of()),
                new Banking(Banking.Access.POSSIBLE, ev(), List.of()),
                new Life(Life.Russian.PARTLY, Life.Cost.MEDIUM, OptionalDouble.empty(), ev(), List.of()),
                safety,
                List.of(),
                7);
    }

    static Destination montenegro() {
        return new Destination(
                "me",
                "🇲🇪",
                new Text("Montenegro", "Черногория"),
                List.of("Crna Gora", "Podgorica", "Budva", "Будва"),
                Region.BALKANS,
                false,
                PartialDate.parse("2025-10"),
                entry(
                        Set.of(Document.INTERNATIONAL_PASSPORT),
                        Optional.empty(),
                        Visa.VISA_FREE,
                        30,
                        StayRule.PER_ENTRY),
                new Belarus.Own(entry(Set.of(), Optional.empty(), Visa.VISA_FREE, 30, StayRule.PER_ENTRY)),
                new Residency(
                        List.of(route(
                                RouteKind.REMOTE_WORK,
                                "Digital nomad permit: income from €1,350 a month, up to 2 years.",
                                "ВНЖ цифрового кочевника: доход от 1350 € в месяц, до 2 лет.")),
                        Residency.Level.MODERATE,
                        Set.of()),
                new Banking(Banking.Access.UNKNOWN, ev(), List.of()),
                new Life(Life.Russian.PARTLY, Life.Cost.MEDIUM, OptionalDouble.empty(), ev(), List.of()),
                new Safety(Safety.Risk.UNKNOWN, Safety.Asylum.UNKNOWN, Safety.Refusals.UNKNOWN, ev(), List.of()),
                List.of(),
                8);
    }

    static Destination mongolia() {
        return new Destination(
                "mn",
                "🇲🇳",
                new Text("Mongolia", "Монголия"),
                List.of("Ulaanbaatar", "Улан-Батор"),
                Region.ASIA,
                false,
                PartialDate.parse("2024-09"),
                entry(
                        Set.of(Document.INTERNATIONAL_PASSPORT),
                        Optional.empty(),
                        Visa.VISA_FREE,
                        30,
                        StayRule.PER_ENTRY),
                new Belarus.Unknown(),
                new Residency(List.of(), Residency.Level.UNKNOWN, Set.of()),
                new Banking(Banking.Access.UNKNOWN, ev(), List.of()),
                new Life(Life.Russian.RARELY, Life.Cost.UNKNOWN, OptionalDouble.empty(), ev(), List.of()),
                new Safety(Safety.Risk.UNKNOWN, Safety.Asylum.UNKNOWN, Safety.Refusals.UNKNOWN, ev(), List.of()),
                List.of(),
                9);
    }

    static Destination turkey() {
        return new Destination(
                "tr",
                "🇹🇷",
                new Text("Turkey", "Турция"),
                List.of("Türkiye", "Istanbul", "Стамбул", "Antalya"),
                Region.MIDDLE_EAST,
                false,
                PartialDate.parse("2025-12"),
                entry(
                        Set.of(Document.INTERNATIONAL_PASSPORT),
                        Optional.empty(),
                        Visa.VISA_FREE,
                        60,
                        StayRule.VISIT_90_IN_180),
                new Belarus.Unknown(),
                new Residency(
                        List.of(route(
                                RouteKind.INVESTMENT,
                                "A residence permit through buying property still works.",
                                "ВНЖ через покупку недвижимости по-прежнему работает.")),
                        Residency.Level.HARD,
                        Set.of()),
                new Banking(Banking.Access.HARD, ev(), List.of()),
                new Life(Life.Russian.RARELY, Life.Cost.MEDIUM, OptionalDouble.empty(), ev(), List.of()),
                new Safety(Safety.Risk.MEDIUM, Safety.Asylum.POOR, Safety.Refusals.UNKNOWN, ev(), List.of()),
                List.of(),
                10);
    }

    static Destination thailand() {
        Entry entry = entry(
                Set.of(Document.INTERNATIONAL_PASSPORT),
                Optional.empty(),
                Visa.VISA_FREE,
                60,
                StayRule.PER_ENTRY,
                fact(
                        "A cut from 60 to 30 days was announced on 12 February 2026, without a start date.",
                        "12 февраля 2026 года объявили сокращение срока с 60 до 30 дней, без даты начала.",
                        true,
                        null,
                        "https://www.kommersant.ru/doc/8422292",
                        "2026-02-12"));
        return new Destination(
                "th",
                "🇹🇭",
                new Text("Thailand", "Таиланд"),
                List.of("Phuket", "Пхукет", "Bangkok", "Бангкок", "Тайланд"),
                Region.ASIA,
                false,
                PartialDate.parse("2026-03"),
                entry,
                new Belarus.Unknown(),
                new Residency(
                        List.of(route(
                                RouteKind.REMOTE_WORK,
                                "Destination Thailand Visa for remote workers: up to 180 days a visit.",
                                "Виза Destination Thailand для удалёнщиков: до 180 дней за въезд.")),
                        Residency.Level.HARD,
                        Set.of()),
                new Banking(Banking.Access.UNKNOWN, ev(), List.of()),
                new Life(Life.Russian.RARELY, Life.Cost.LOW, OptionalDouble.of(38.0), ev(), List.of()),
                new Safety(Safety.Risk.UNKNOWN, Safety.Asylum.UNKNOWN, Safety.Refusals.UNKNOWN, ev(), List.of()),
                List.of(),
                11);
    }

    // --- help and rules

    static List<HelpOrganisation> help() {
        return List.of(
                new HelpOrganisation(
                        "idite-lesom",
                        new Text("Idite Lesom (Get Lost)", "«Идите лесом»"),
                        Set.of(Topic.MOBILISATION, Topic.DESERTION),
                        new Text(
                                "Helps to avoid mobilisation and to desert safely.",
                                "Помогает избежать мобилизации и безопасно покинуть армию."),
                        List.of(
                                new Contact(ContactKind.WEBSITE, "https://iditelesom.org"),
                                new Contact(ContactKind.TELEGRAM, "@iditelesom")),
                        ev()),
                new HelpOrganisation(
                        "kovcheg",
                        new Text("Kovcheg (The Ark)", "«Ковчег»"),
                        Set.of(Topic.RELOCATION, Topic.LEGAL, Topic.PSYCHOLOGICAL),
                        new Text(
                                "Shelters, documents and psychological help for anti-war emigrants.",
                                "Приюты, документы и психологическая помощь антивоенным эмигрантам."),
                        List.of(new Contact(ContactKind.WEBSITE, "https://kovcheg.live")),
                        ev()),
                new HelpOrganisation(
                        "ovd-info",
                        new Text("OVD-Info", "ОВД-Инфо"),
                        Set.of(Topic.PERSECUTION, Topic.LEGAL),
                        new Text(
                                "Legal help for the politically persecuted.",
                                "Юридическая помощь преследуемым по политическим мотивам."),
                        List.of(
                                new Contact(ContactKind.WEBSITE, "https://ovd.info"),
                                new Contact(ContactKind.EMAIL, "help@ovd.info")),
                        ev()),
                new HelpOrganisation(
                        "connection",
                        new Text("Connection e.V.", "Connection e.V."),
                        Set.of(Topic.ASYLUM, Topic.DESERTION),
                        new Text(
                                "Asylum for conscientious objectors and deserters in Europe.",
                                "Убежище в Европе для отказников и дезертиров."),
                        List.of(new Contact(ContactKind.WEBSITE, "https://en.connection-ev.org")),
                        ev()));
    }

    static List<Rule> rules() {
        return List.of(
                rule(
                        "internal-passport",
                        Rule.Topic.ENTRY,
                        "Entry with the internal passport",
                        "Въезд по внутреннему паспорту",
                        fact(
                                "Russians may enter Abkhazia, Armenia, Belarus, Kazakhstan, Kyrgyzstan and South Ossetia with the internal passport; Armenia only by air.",
                                "По внутреннему паспорту россиян пускают в Абхазию, Армению, Беларусь, Казахстан, Киргизию и Южную Осетию; в Армению — только самолётом.",
                                false,
                                null,
                                "https://news.mail.ru/society/68456137/",
                                "2025-10-25")),
                rule(
                        "children",
                        Rule.Topic.CHILDREN,
                        "Children's documents",
                        "Документы детей",
                        fact(
                                "Children under 14 need an international passport even for Kazakhstan, Kyrgyzstan and Belarus.",
                                "Детям до 14 лет нужен загранпаспорт даже для Казахстана, Киргизии и Беларуси.",
                                false,
                                "2026-01-20",
                                "http://abkhazinform.com/item/26999-pravila-vyezda-detej-v-abkhaziyu-kazakhstan-i-drugie-strany-menyayutsya-s-20-yanvarya",
                                "2026-01-19")),
                rule(
                        "cards",
                        Rule.Topic.CARDS,
                        "Russian cards abroad",
                        "Российские карты за границей",
                        fact(
                                "Russian Visa and Mastercard cards have not worked abroad since March 2022; Mir is refused almost everywhere.",
                                "Российские Visa и Mastercard не работают за границей с марта 2022 года; «Мир» почти нигде не принимают.",
                                false,
                                null,
                                "https://www.themoscowtimes.com/2024/03/19/armenian-banks-to-suspend-russias-mir-payment-system-rbc-a84522",
                                "2024-03-19")),
                rule(
                        "csto-trap",
                        Rule.Topic.CSTO,
                        "The CSTO trap",
                        "Ловушка ОДКБ",
                        fact(
                                "Kazakhstan, Kyrgyzstan and Armenia share a wanted-persons database with Russia: wanted people are stopped at the border, arrested or deported.",
                                "Казахстан, Киргизия и Армения пользуются общей с Россией базой розыска: разыскиваемых задерживают на границе, арестовывают или депортируют.",
                                false,
                                null,
                                "https://ukrrudprom.ua/digest/Uehat_ne_smog_nikto_Pochemu_rossiyane_okazivayutsya_v_lovushke_v_stranah_ODKB.html",
                                "2023")),
                rule(
                        "asylum-eu",
                        Rule.Topic.ASYLUM,
                        "Asylum in the EU",
                        "Убежище в ЕС",
                        fact(
                                "France is the most favourable to draft evaders, but only with proof of a call-up; Germany protects deserters but rejects most draft evaders.",
                                "Франция благосклоннее всех к уклонистам, но только с доказательством призыва; Германия защищает дезертиров, но отказывает большинству уклонистов.",
                                true,
                                null,
                                "https://couragetoresist.org/asylum-rejections-still-the-norm/",
                                "2024-02")),
                rule(
                        "belarus-passports",
                        Rule.Topic.BELARUS,
                        "Belarusian passports",
                        "Паспорта Беларуси",
                        fact(
                                "Belarusian passports are issued and renewed only inside Belarus, not at embassies.",
                                "Паспорта Беларуси выдают и продлевают только внутри страны, не в посольствах.",
                                false,
                                "2023-09-04",
                                "https://baj.media/en/content/important-news-lukashenka-ordered-belarusian-embassies-stop-issuing-passports-another-threat",
                                "2023-09-06")));
    }

    // --- builders

    /** The v1 stay rules, turned into v2 stays the way the migration did; VISIT_90_IN_180 is a per-visit cap. */
    enum StayRule {
        PER_ENTRY,
        PER_180_DAYS,
        PER_YEAR,
        UNKNOWN,
        VISIT_90_IN_180
    }

    static Stay stay(int days, StayRule rule) {
        OptionalInt none = OptionalInt.empty();
        return switch (rule) {
            case PER_ENTRY -> new Stay(OptionalInt.of(days), new Stay.Cap.None());
            case PER_180_DAYS -> new Stay(none, new Stay.Cap.Within(days, 180));
            case PER_YEAR -> new Stay(none, new Stay.Cap.CalendarYear(days));
            case UNKNOWN -> new Stay(OptionalInt.of(days), new Stay.Cap.Unknown());
            case VISIT_90_IN_180 -> new Stay(OptionalInt.of(days), new Stay.Cap.Within(90, 180));
        };
    }

    static Entry entry(
            Set<Document> documents,
            Optional<Entry.InternalPassportBy> by,
            Visa visa,
            int days,
            StayRule rule,
            Fact... facts) {
        return new Entry(documents, by, visa, stay(days, rule), Optional.empty(), ev(), Arrays.asList(facts));
    }

    static Residency.Route route(RouteKind kind, String en, String ru) {
        return new Residency.Route(
                kind,
                fact(en, ru, false, null, "https://example.org/" + kind.name().toLowerCase(), null));
    }

    static Fact fact(String en, String ru, boolean mayChange, String since, String url, String dated) {
        return new Fact(
                new Text(en, ru),
                List.of(source(url, dated)),
                PartialDate.parse("2026-03"),
                mayChange,
                Optional.ofNullable(since).map(PartialDate::parse),
                Optional.empty());
    }

    static Rule rule(String id, Rule.Topic topic, String en, String ru, Fact... facts) {
        return new Rule(id, topic, new Text(en, ru), Arrays.asList(facts), Optional.empty());
    }

    static Source source(String url, String dated) {
        return new Source(
                URI.create(url), Source.Kind.MEDIA, Optional.ofNullable(dated).map(PartialDate::parse));
    }

    static Evidence ev() {
        return new Evidence(
                List.of(source("https://news.mail.ru/society/68975439/", "2025-12-04")), PartialDate.parse("2026-03"));
    }
}
