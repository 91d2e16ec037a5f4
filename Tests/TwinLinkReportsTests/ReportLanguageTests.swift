import Foundation
import Testing
import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkReports

/// The report in every language the project ships: its words from the catalogue, no English left in
/// a non-English report, every placeholder filled, plurals right, the CSV files language-neutral.
@Suite struct ReportLanguageTests {
    static let languages = ["en", "pl", "cs", "sk", "hu", "de", "uk"]
    static let renderer = Result { try ReportRenderer() }

    /// The English sentences and phrases of three words or more of the report's texts (and the
    /// command line's report summary), split at their placeholders.
    static let englishFragments: [String] = {
        let english = CatalogueSet.shippedCatalogue("en")
        var fragments: Set<String> = []
        for key in english.allKeys where key.hasPrefix("report_") || key.hasPrefix("cli_") {
            for text in english.ownEntry(key)?.texts ?? [] {
                var rest = text[...]
                while !rest.isEmpty {
                    let open = rest.firstIndex(of: "{") ?? rest.endIndex
                    let piece = rest[..<open].trimmingCharacters(
                        in: .whitespacesAndNewlines.union(.punctuationCharacters))
                    if piece.split(separator: " ").count >= 3 { fragments.insert(piece) }
                    guard open < rest.endIndex, let close = rest[open...].firstIndex(of: "}") else { break }
                    rest = rest[rest.index(after: close)...]
                }
            }
        }
        return fragments.sorted()
    }()

    /// The text people read on the page: tags and their attributes left out (the cells'
    /// `data-value` attributes carry the language-neutral CSV values for scripts), entities decoded.
    static func decoded(_ html: String) -> String {
        html.replacing(try! Regex("<[^>]*>"), with: " ").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&#x2F;", with: "/").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test(arguments: languages)
    func theReportIsWholeInEveryLanguage(language: String) throws {
        let renderer = try Self.renderer.get()
        let report = ReportBuilder.build(ReportScenario.records(), period: ReportScenario.period, language: language)
        // The scenario reaches every part of the page: notes, conflicts with their reasons, charts.
        #expect(!report.notes.isEmpty)
        #expect(!report.conflicts.isEmpty)
        let html = renderer.html(report)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language)\">"))
        let placeholder = try Regex(#"\{[a-z_]+\}|\[(report|cli|nace)_[a-z_A-Z]+\]"#)
        #expect(html.firstMatch(of: placeholder) == nil, "\(language): an unfilled placeholder")
        let text = Self.decoded(html)
        if language != "en" {
            for fragment in Self.englishFragments where text.contains(fragment) {
                Issue.record("report (\(language)) still says in English: \(fragment)")
            }
            for label in ["Total", "no-show with a meeting", "outgoing visit", "joint project"] {
                #expect(!text.contains(" \(label) "), "\(language): '\(label)' left in English")
            }
        }
        // The CSV files are the same bytes in every language.
        let english = ReportBuilder.build(ReportScenario.records(), period: ReportScenario.period)
        let csv = { (report: Report) in renderer.files(for: report).filter { $0.name.hasSuffix(".csv") } }
        #expect(csv(report) == csv(english))
    }

    @Test("an activity's title the planner wrote is in the report's language, its CSV value in English")
    func plannedTitles() throws {
        var records = ReportScenario.records()
        records.activities[0].title = "Study visit to Nuremberg: Forum"
        records.activities[0].titleMessage = Message(
            "engine_title_study_visit", ["place": .verbatim("Nuremberg"), "event": .verbatim("Forum")])
        let report = ReportBuilder.build(records, period: ReportScenario.period, language: "cs")
        let html = try Self.renderer.get().html(report)
        #expect(html.contains(">Studijní cesta (Nuremberg): Forum<"))
        #expect(html.contains("data-value=\"Study visit to Nuremberg: Forum\""))
        #expect(report.table("activities").csv.contains(",Study visit to Nuremberg: Forum,"))
    }

    @Test("figures, days and money as each language writes them")
    func localeFormats() throws {
        let renderer = try Self.renderer.get()
        let records = ReportScenario.records()
        let german = renderer.html(ReportBuilder.build(records, period: ReportScenario.period, language: "de"))
        let english = renderer.html(ReportBuilder.build(records, period: ReportScenario.period, language: "en"))
        #expect(english.contains(">€570.25<"))
        #expect(german.contains(">570,25\u{A0}€<"))
        #expect(!german.contains(" EUR<"))
    }

    @Test(arguments: [
        ("en", ["1 activity", "2 activities", "5 activities", "22 activities"]),
        ("pl", ["1 działanie", "2 działania", "5 działań", "22 działania"]),
        ("cs", ["1 akce", "2 akce", "5 akcí", "22 akcí"]),
        ("sk", ["1 podujatie", "2 podujatia", "5 podujatí", "22 podujatí"]),
        ("hu", ["1 rendezvény", "2 rendezvény", "5 rendezvény", "22 rendezvény"]),
        ("de", ["1 Veranstaltung", "2 Veranstaltungen", "5 Veranstaltungen", "22 Veranstaltungen"]),
        ("uk", ["1 захід", "2 заходи", "5 заходів", "22 заходи"]),
    ])
    func pluralsAreRightForOneTwoFiveAndTwentyTwo(language: String, expected: [String]) {
        let words = MessageRenderer(CatalogueSet.shippedCatalogue(language))
        #expect([1, 2, 5, 22].map { words.render(Message("cli_count_activities", count: $0)) } == expected)
        // Every counted text of the report has the form each of these numbers needs.
        let catalogue = CatalogueSet.shippedCatalogue(language)
        for key in catalogue.allKeys where key.hasPrefix("report_") || key.hasPrefix("cli_") {
            guard case .plural(let forms) = catalogue.ownEntry(key) else { continue }
            for count in [1, 2, 5, 22] {
                #expect(forms[PluralCategory.of(count, in: language)] != nil, "\(language) \(key) for \(count)")
            }
        }
    }

    @Test("a conflict's reason is a message: English for the command line, the reader's language in the report")
    func conflictMessages() throws {
        let conflict = try #require(
            AttendanceReview.conflicts(in: ReportScenario.records()).first {
                $0.message.key == "report_conflict_not_expected"
            })
        let czech = MessageRenderer(CatalogueSet.shippedCatalogue("cs")).render(conflict.message)
        #expect(conflict.detail.hasPrefix("recorded as "))
        #expect(czech.hasPrefix("zaznamenán(a) jako „"))
        #expect(czech.contains(conflict.activityID.rawValue))
    }
}
