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

    @Test func engineTextsStoredInEnglishAreReadBack() throws {
        let set = try Self.catalogues.get()
        let recogniser = PhraseRecogniser(english: set.english, prefix: "engine_")
        let visit = try #require(recogniser.phrase(for: "Study visit to Bratislava: Smart City Forum: 2027"))
        #expect(visit.key == "engine_title_study_visit")
        #expect(visit.arguments == ["place": "Bratislava", "event": "Smart City Forum: 2027"])
        #expect(try set.catalogue(for: "cs").render(visit) == "Studijní cesta (Bratislava): Smart City Forum: 2027")
        #expect(recogniser.phrase(for: "Arrival and hotel check-in") == Phrase("engine_agenda_arrival"))
        #expect(
            try set.catalogue(for: "hu").render(Phrase("engine_agenda_arrival"))
                == "Érkezés és bejelentkezés a szállodába")
        #expect(recogniser.phrase(for: "Visit to the castle") == nil)
        #expect(recogniser.phrase(for: "1:1 business meetings") == Phrase("engine_agenda_business_meetings"))
        let meetings = try #require(recogniser.phrase(for: "1:1 business meetings: Brno Days"))
        #expect(meetings.key == "engine_title_business_meetings")
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
