import Foundation
import Testing
import TwinLinkDomain
import TwinLinkLocalization

@testable import TwinLinkDocuments

/// Dates, times and money in the reader's locale, exactly; every catalogue complete; an
/// organisation's partial catalogue falls back to English key by key.
@Suite struct LocalisationTests {
    static let renderer = Result { try DocumentRenderer() }
    static let forum = ZonedInstant.parseInstant("2027-05-04T07:05:00Z")!
    static let nuremberg = TimeZoneID(rawValue: "Europe/Berlin")!
    static let newYork = TimeZoneID(rawValue: "America/New_York")!

    private func format(_ language: String) throws -> ReaderFormat {
        let renderer = try Self.renderer.get()
        return ReaderFormat(locale: renderer.catalogue(for: LanguageCode(rawValue: language)!).locale)
    }

    @Test(arguments: [
        ("en", "Tuesday, 4 May 2027", "Tue 4 May", "4 May 2027"),
        ("pl", "wtorek, 4 maja 2027", "wt., 4 maja", "4 maja 2027"),
    ])
    func datesAreWrittenTheReadersWay(language: String, full: String, short: String, plain: String) throws {
        let format = try format(language)
        let day = LocalDate(year: 2027, month: 5, day: 4)!
        #expect(format.date(day, .full) == full)
        #expect(format.date(day, .short) == short)
        #expect(format.date(day, .plain) == plain)
    }

    @Test(arguments: [("en", "09:05", "03:05"), ("pl", "09:05", "03:05")])
    func timesAreWrittenOnTheReadersClockInEachZone(language: String, berlin: String, newYork: String) throws {
        let format = try format(language)
        #expect(format.time(Self.forum, in: Self.nuremberg) == berlin)
        #expect(format.time(Self.forum, in: Self.newYork) == newYork)
        #expect(format.utcOffset(Self.newYork, at: Self.forum) == "UTC−04:00")
    }

    @Test(arguments: [
        ("en", 55_500, "€555.00"), ("en", 125_000_050, "€1,250,000.50"),
        ("pl", 55_500, "555,00\u{A0}€"), ("pl", 333_000, "3330,00\u{A0}€"),
        ("pl", 125_000_050, "1\u{A0}250\u{A0}000,50\u{A0}€"),
    ])
    func moneyIsWrittenTheReadersWay(language: String, cents: Int64, expected: String) throws {
        #expect(try format(language).money(.euros(cents)) == expected)
    }

    @Test(arguments: [("en", "German, English and Polish"), ("pl", "niemiecki, angielski i polski")])
    func languageListsAreWrittenTheReadersWay(language: String, expected: String) throws {
        let format = try format(language)
        let names = ["de", "en", "pl"].map { format.language(LanguageCode(rawValue: $0)!) }
        #expect(format.list(names) == expected)
    }

    @Test(arguments: [
        (1, "1 spotkanie"), (2, "2 spotkania"), (4, "4 spotkania"), (5, "5 spotkań"), (12, "12 spotkań"),
        (22, "22 spotkania"), (25, "25 spotkań"), (112, "112 spotkań"),
    ])
    func polishCountsUseTheirThreeForms(count: Int, expected: String) throws {
        let catalogue = try Self.renderer.get().catalogue(for: LanguageCode(rawValue: "pl")!)
        #expect(catalogue.counted("count_meetings", count: count) == expected)
    }

    @Test func englishAndPolishAreComplete() throws {
        let renderer = try Self.renderer.get()
        #expect(renderer.catalogue(for: .english).missingKeys.isEmpty)
        #expect(renderer.catalogue(for: LanguageCode(rawValue: "pl")!).missingKeys.isEmpty)
    }

    /// The further languages of the programme are shipped complete (see `LanguageCoverageTests`).
    @Test(arguments: ["cs", "sk", "hu", "de", "uk"])
    func theOtherProgrammeLanguagesAreComplete(language: String) throws {
        let renderer = try Self.renderer.get()
        let code = LanguageCode(rawValue: language)!
        #expect(renderer.languages.contains(code))
        #expect(renderer.catalogue(for: code).missingKeys == [])
        #expect(renderer.catalogue(for: code).language == code)
    }

    @Test func aPartialCatalogueFallsBackToEnglishKeyByKey() throws {
        let folder = try TemplateCopy.make()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(
            #"{"_locale": "de_DE", "pack_title": "Informationsmappe", "count_meetings": {"one": "{count} Termin", "other": "{count} Termine"}}"#
                .utf8
        )
        .write(to: folder.appendingPathComponent("strings/de.json"))
        let renderer = try DocumentRenderer(templatesFolder: folder)
        let german = renderer.catalogue(for: LanguageCode(rawValue: "de")!)
        #expect(german.text("pack_title") == "Informationsmappe")
        #expect(german.text("section_agenda") == "Dates and agenda")
        #expect(german.counted("count_meetings", count: 1) == "1 Termin")
        #expect(german.counted("count_meetings", count: 3) == "3 Termine")
        #expect(german.counted("count_firms", count: 3) == "3 firms")
        #expect(german.missingKeys.contains("section_agenda"))
        #expect(german.missingKeys.contains("count_firms"))
        #expect(!german.missingKeys.contains("count_meetings"))
        #expect(!german.missingKeys.contains("pack_title"))
        #expect(
            ReaderFormat(locale: german.locale).date(LocalDate(year: 2027, month: 5, day: 4)!, .plain) == "4. Mai 2027")
    }
}
