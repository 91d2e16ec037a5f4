public import Foundation
public import TwinLinkDomain
import TwinLinkLocalization
public import TwinLinkReports

/// Use case: `twinlink report --out DIR`, the attendance, outcomes and costs report as
/// `report.html` and one CSV per table. Deterministic: the same database and period give the
/// same bytes. Files are replaced atomically.
public enum ReportWrite {
    public struct Result: Sendable {
        public var period: ReportPeriod
        public var files: [String]
        public var report: Report
        /// What the coordinator reads on the command line, in the report's language: the period
        /// with the activities and conflicts counted, then the report's notes.
        public var summary: [String]
        /// `Wrote:` in the report's language.
        public var wroteLabel: String
    }

    /// - Parameters:
    ///   - from: the first day of the period; `nil` from the first activity.
    ///   - to: the last day; `nil` for the day of `now` in the home zone.
    ///   - now: the programme's reference instant (`Clock`), unless the user gave another.
    ///   - language: the report's language (default: the programme's first); one with a shipped
    ///     catalogue, else an error that lists them.
    public static func run(
        workspace: Workspace, output: any OutputSink, from: LocalDate? = nil, to: LocalDate? = nil, now: Date,
        language: LanguageCode? = nil
    ) async throws(TwinLinkError) -> Result {
        let records = try await ReportRecords.load(workspace)
        let code = (language ?? records.registry.programme.languages.first ?? .english).rawValue
        guard CatalogueSet.shippedLanguages.contains(code) else {
            throw .invalidValue(
                field: "language", value: code,
                problem: "no catalogue for this language; available: "
                    + CatalogueSet.shippedLanguages.joined(separator: ", "))
        }
        let end = to ?? LocalDate(now, in: records.registry.programme.homeCity.timeZone.timeZone)
        guard let period = ReportPeriod(from: from, to: end) else {
            throw .invalidValue(field: "from", value: from?.iso, problem: "after the end of the period (\(end))")
        }
        let report = ReportBuilder.build(records, period: period, language: code)
        let renderer: ReportRenderer
        do {
            renderer = try ReportRenderer()
        } catch {
            throw .internalFailure("the report templates cannot be loaded: \(error.description)")
        }
        var written: [String] = []
        for file in renderer.files(for: report) {
            written.append(try output.put(file.data, at: file.name))
        }
        let words = MessageRenderer(CatalogueSet.shippedCatalogue(code))
        let summary = words.render(
            Message(
                period.from == nil ? "cli_report_summary_until" : "cli_report_summary_between",
                [
                    "from": .verbatim(period.from?.iso ?? ""), "to": .verbatim(period.to.iso),
                    "activities": .message(Message("cli_count_activities", count: report.activityIDs.count)),
                    "conflicts": .message(Message("cli_count_conflicts", count: report.conflicts.count)),
                ]))
        let notes = report.notes.map { words.render(Message("cli_note", ["note": .verbatim($0)])) }
        return Result(
            period: period, files: written, report: report, summary: [summary] + notes,
            wroteLabel: words.render(Message("cli_wrote")))
    }
}
