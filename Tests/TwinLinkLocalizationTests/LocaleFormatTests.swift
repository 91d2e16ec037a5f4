import Foundation
import Testing

@testable import TwinLinkLocalization

/// Dates, times, numbers, money and lists in every language the programme serves, exactly as the
/// language writes them, from Foundation's CLDR data on this platform; and the catalogue setting
/// that overrides Foundation where it is wrong.
@Suite struct LocaleFormatTests {
    static let catalogues = Result { try CatalogueSet.shipped() }
    static let forum = ISO8601DateFormatter().date(from: "2027-05-04T07:05:00Z")!

    private func format(_ language: String) throws -> LocaleFormat {
        LocaleFormat(try Self.catalogues.get().catalogue(for: language))
    }

    @Test(arguments: [
        ("en", "Tuesday, 4 May 2027", "Tue 4 May", "4 May 2027"),
        ("pl", "wtorek, 4 maja 2027", "wt., 4 maja", "4 maja 2027"),
        ("cs", "úterý 4. května 2027", "út 4. května", "4. května 2027"),
        ("sk", "utorok, 4. mája 2027", "ut, 4. mája", "4. mája 2027"),
        ("hu", "2027. május 4., kedd", "május 4., K", "2027. május 4."),
        ("de", "Dienstag, 4. Mai 2027", "Di. 4. Mai", "4. Mai 2027"),
        ("uk", "вівторок, 4 травня 2027 р.", "вт, 4 травня", "4 травня 2027 р."),
    ])
    func datesUseTheLanguagesMonthForms(language: String, full: String, short: String, plain: String) throws {
        let format = try format(language)
        // Ukrainian keeps "2027 р." together with a no-break space, shown here as a space.
        func date(_ style: LocaleFormat.DateStyle) -> String {
            String(format.date(year: 2027, month: 5, day: 4, style).map { $0.isWhitespace ? " " : $0 })
        }
        #expect(date(.full) == full)
        #expect(date(.short) == short)
        #expect(date(.plain) == plain)
    }

    @Test(arguments: ["en", "pl", "cs", "sk", "hu", "de", "uk"])
    func timesAreOnTheTwentyFourHourClockInEachZone(language: String) throws {
        let format = try format(language)
        #expect(format.time(Self.forum, in: TimeZone(identifier: "Europe/Prague")!) == "09:05")
        #expect(format.time(Self.forum, in: TimeZone(identifier: "America/New_York")!) == "03:05")
        #expect(LocaleFormat.utcOffset(TimeZone(identifier: "America/New_York")!, at: Self.forum) == "UTC−04:00")
    }

    /// One money format everywhere: the locale's separators, the currency's symbol where the
    /// locale has one (Kč, zł, Ft, ₴, €) and the ISO code where it has not, on the locale's side.
    @Test(arguments: [
        ("en", "CZK", "CZK 24,000.50"), ("en", "EUR", "€1,030.00"),
        ("pl", "PLN", "24 000,50 zł"), ("pl", "CZK", "24 000,50 CZK"), ("pl", "EUR", "1030,00 €"),
        ("cs", "CZK", "24 000,50 Kč"), ("cs", "EUR", "1 030,00 €"),
        ("sk", "EUR", "24 000,50 €"), ("sk", "CZK", "1 030,00 CZK"),
        ("hu", "HUF", "24 000,50 Ft"), ("hu", "EUR", "1030,00 EUR"),
        ("de", "EUR", "24.000,50 €"), ("de", "CZK", "1.030,00 CZK"),
        ("uk", "UAH", "24 000,50 ₴"), ("uk", "EUR", "1 030,00 EUR"),
    ])
    func moneyIsWrittenTheLocalesWay(language: String, currency: String, expected: String) throws {
        let cents: Int64 = expected.contains("24") ? 2_400_050 : 103_000
        let written = try format(language).money(cents: cents, currency: currency)
        // The locales separate groups and the symbol with a no-break space, which the table shows as a space.
        #expect(written.replacingOccurrences(of: "\u{A0}", with: " ") == expected)
        #expect(!written.contains(" "))
    }

    @Test(arguments: [
        ("en", "Brno, Bratislava and Győr"), ("pl", "Brno, Bratislava i Győr"), ("cs", "Brno, Bratislava a Győr"),
        ("sk", "Brno, Bratislava a Győr"), ("hu", "Brno, Bratislava és Győr"), ("de", "Brno, Bratislava und Győr"),
        ("uk", "Brno, Bratislava і Győr"),
    ])
    func listsUseTheLanguagesConjunction(language: String, expected: String) throws {
        // Czech binds a one-letter conjunction to the next word with a no-break space.
        let written = try format(language).list(["Brno", "Bratislava", "Győr"])
        #expect(written.replacingOccurrences(of: "\u{A0}", with: " ") == expected)
        #expect(written.contains("a\u{A0}Győr") == (language == "cs"))
    }

    @Test(arguments: [
        ("en", "Czech", "Slovakia"), ("pl", "czeski", "Słowacja"), ("cs", "čeština", "Slovensko"),
        ("sk", "čeština", "Slovensko"), ("hu", "cseh", "Szlovákia"), ("de", "Tschechisch", "Slowakei"),
        ("uk", "чеська", "Словаччина"),
    ])
    func languageAndCountryNamesComeFromTheLocale(language: String, czech: String, slovakia: String) throws {
        let format = try format(language)
        #expect(format.language("cs") == czech)
        #expect(format.country("SK") == slovakia)
    }

    /// Names sort as each language sorts them: Ł after L (Polish), Ch after H (Czech, Slovak),
    /// Cs after Cz (Hungarian), Ä with A (German), Ґ after Г and І after И (Ukrainian); case does
    /// not matter.
    @Test(arguments: [
        ("pl", ["Łukasz", "Lucjan", "Maria", "lech"], ["lech", "Lucjan", "Łukasz", "Maria"]),
        ("cs", ["Chládek", "Horák", "Cibulka", "Čermák"], ["Cibulka", "Čermák", "Horák", "Chládek"]),
        ("sk", ["Chovanec", "Hudák", "Ďurica", "Dobák"], ["Dobák", "Ďurica", "Hudák", "Chovanec"]),
        ("hu", ["Csonka", "Czakó", "Cecília", "Dávid"], ["Cecília", "Czakó", "Csonka", "Dávid"]),
        (
            "de", ["Zöllner", "Ärmel", "Bauer", "Adler", "Österreicher"],
            ["Adler", "Ärmel", "Bauer", "Österreicher", "Zöllner"]
        ),
        ("uk", ["Ярослав", "Іван", "Ґрета", "Ганна"], ["Ганна", "Ґрета", "Іван", "Ярослав"]),
    ])
    func namesSortByTheLanguagesRules(language: String, names: [String], expected: [String]) throws {
        let format = try format(language)
        #expect(names.sorted { format.precedes($0, $1, tieBreak: ($0, $1)) } == expected)
    }

    @Test func aCatalogueSettingOverridesFoundationsPattern() {
        let format = LocaleFormat(locale: Locale(identifier: "cs_CZ"), settings: ["date_plain": "d. M. y"])
        #expect(format.date(year: 2027, month: 5, day: 4, .plain) == "4. 5. 2027")
        #expect(format.date(year: 2027, month: 5, day: 4, .full) == "úterý 4. května 2027")
    }
}
