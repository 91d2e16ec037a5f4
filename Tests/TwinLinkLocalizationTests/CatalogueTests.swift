import Foundation
import Testing

@testable import TwinLinkLocalization

/// The shipped catalogues of the engine's texts, invites and e-mails: complete in every language,
/// the same placeholders as English, every plural form the language needs; an unknown language is
/// an error that names the available ones; engine texts stored in English are recognised.
@Suite struct CatalogueTests {
    static let catalogues = Result { try CatalogueSet.shipped() }
    static let languages = ["en", "pl", "cs", "sk", "hu", "de", "uk"]

    @Test func theProgrammeLanguagesAreShipped() throws {
        #expect(try Self.catalogues.get().languages == Self.languages.sorted())
        #expect(CatalogueSet.shippedLanguages == Self.languages.sorted())
    }

    @Test(arguments: languages)
    func everyKeyIsTranslatedWithTheSamePlaceholders(language: String) throws {
        let set = try Self.catalogues.get()
        #expect(try set.catalogue(for: language).problems(comparedTo: set.english) == [])
    }

    @Test func anUnknownLanguageNamesTheAvailableOnes() throws {
        let set = try Self.catalogues.get()
        #expect(throws: CatalogueProblem.unsupportedLanguage("fr", available: Self.languages.sorted(), context: "")) {
            try set.catalogue(for: "fr")
        }
        #expect(
            CatalogueProblem.unsupportedLanguage("fr", available: ["cs", "en"], context: "programme.yaml: ")
                .description.hasPrefix("programme.yaml: language 'fr' has no catalogue; available languages: cs, en"))
    }

    @Test(arguments: [
        ("en", ["1 seat", "2 seats", "5 seats", "22 seats"]),
        ("pl", ["1 miejsce", "2 miejsca", "5 miejsc", "22 miejsca"]),
        ("cs", ["1 místo", "2 místa", "5 míst", "22 míst"]),
        ("sk", ["1 miesto", "2 miesta", "5 miest", "22 miest"]),
        ("hu", ["1 hely", "2 hely", "5 hely", "22 hely"]),
        ("de", ["1 Platz", "2 Plätze", "5 Plätze", "22 Plätze"]),
        ("uk", ["1 місце", "2 місця", "5 місць", "22 місця"]),
    ])
    func pluralsAreRightForOneTwoFiveAndTwentyTwo(language: String, expected: [String]) throws {
        let catalogue = try Self.catalogues.get().catalogue(for: language)
        #expect([1, 2, 5, 22].map { catalogue.counted("count_seats", count: $0) } == expected)
    }

    /// The command line's counted figures (`cli_count_*`): files, study visits and meetings.
    @Test(arguments: [
        (
            "en",
            [
                "1 file", "2 files", "5 files", "22 files", "1 study visit", "2 study visits", "5 study visits",
                "22 study visits", "1 meeting", "2 meetings", "5 meetings", "22 meetings",
            ]
        ),
        (
            "pl",
            [
                "1 plik", "2 pliki", "5 plików", "22 pliki", "1 wizyta studyjna", "2 wizyty studyjne",
                "5 wizyt studyjnych", "22 wizyty studyjne", "1 spotkanie", "2 spotkania", "5 spotkań", "22 spotkania",
            ]
        ),
        (
            "cs",
            [
                "1 soubor", "2 soubory", "5 souborů", "22 souborů", "1 studijní cesta", "2 studijní cesty",
                "5 studijních cest", "22 studijních cest", "1 jednání", "2 jednání", "5 jednání", "22 jednání",
            ]
        ),
        (
            "sk",
            [
                "1 súbor", "2 súbory", "5 súborov", "22 súborov", "1 študijná cesta", "2 študijné cesty",
                "5 študijných ciest", "22 študijných ciest", "1 rokovanie", "2 rokovania", "5 rokovaní", "22 rokovaní",
            ]
        ),
        (
            "hu",
            [
                "1 fájl", "2 fájl", "5 fájl", "22 fájl", "1 tanulmányút", "2 tanulmányút", "5 tanulmányút",
                "22 tanulmányút", "1 tárgyalás", "2 tárgyalás", "5 tárgyalás", "22 tárgyalás",
            ]
        ),
        (
            "de",
            [
                "1 Datei", "2 Dateien", "5 Dateien", "22 Dateien", "1 Studienreise", "2 Studienreisen",
                "5 Studienreisen", "22 Studienreisen", "1 Gespräch", "2 Gespräche", "5 Gespräche", "22 Gespräche",
            ]
        ),
        (
            "uk",
            [
                "1 файл", "2 файли", "5 файлів", "22 файли", "1 навчальний візит", "2 навчальні візити",
                "5 навчальних візитів", "22 навчальні візити", "1 зустріч", "2 зустрічі", "5 зустрічей", "22 зустрічі",
            ]
        ),
    ])
    func theCommandLinesFiguresTakeEachLanguagesPluralForms(language: String, expected: [String]) throws {
        let catalogue = try Self.catalogues.get().catalogue(for: language)
        let forms = ["cli_count_files", "cli_count_study_visits", "cli_count_meetings"].flatMap { key in
            [1, 2, 5, 22].map { catalogue.counted(key, count: $0) }
        }
        #expect(forms == expected)
    }

    @Test func theEnginesMessagesAreRenderedInEachLanguageAndSurviveStorage() throws {
        let set = try Self.catalogues.get()
        let visit = Message(
            "engine_title_study_visit",
            ["place": .verbatim("Bratislava"), "event": .verbatim("Smart City Forum: 2027")])
        #expect(MessageRenderer(set.english).render(visit) == "Study visit to Bratislava: Smart City Forum: 2027")
        #expect(
            MessageRenderer(try set.catalogue(for: "cs")).render(visit)
                == "Studijní cesta (Bratislava): Smart City Forum: 2027")
        #expect(
            MessageRenderer(try set.catalogue(for: "hu")).render(Message("engine_agenda_arrival"))
                == "Érkezés és bejelentkezés a szállodába")
        // Typed arguments take the reader's formats; a nested message is rendered in the same language.
        let costs = Message(
            "engine_rule_costs",
            [
                "total": .money(cents: 73_500, currency: "EUR"), "travel": .money(cents: 18_000, currency: "EUR"),
                "accommodation": .money(cents: 40_500, currency: "EUR"), "fees": .money(cents: 15_000, currency: "EUR"),
            ])
        let polish = MessageRenderer(try set.catalogue(for: "pl")).render(costs)
        #expect(polish.contains("735,00\u{A0}€"))
        #expect(!polish.contains("EUR"))
        let seats = Message("engine_as_written", ["text": .message(Message("count_seats", count: 5))])
        #expect(MessageRenderer(try set.catalogue(for: "pl")).render(seats) == "5 miejsc")
        // What the registry stores (JSON) reads back as the same message.
        let stored = try JSONEncoder().encode([visit, costs, seats])
        #expect(try JSONDecoder().decode([Message].self, from: stored) == [visit, costs, seats])
    }

    @Test func aCatalogueWithoutLocaleOrWithABadPluralIsRefused() {
        #expect(
            throws: CatalogueProblem.invalid(
                file: "xx.json", problem: "'_locale' is missing; set it to a locale such as en_GB")
        ) {
            try CatalogueFile.parse(Data(#"{"a": "b"}"#.utf8), file: "xx.json")
        }
        #expect(
            throws: CatalogueProblem.invalid(file: "xx.json", problem: "key 'n': the plural form 'other' is required")
        ) {
            try CatalogueFile.parse(Data(#"{"_locale": "cs_CZ", "n": {"one": "{count} den"}}"#.utf8), file: "xx.json")
        }
    }
}
