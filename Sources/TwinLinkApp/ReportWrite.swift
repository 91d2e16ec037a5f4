public import Foundation
public import TwinLinkDomain
public import TwinLinkReports

/// Use case: `twinlink report --out DIR`, the attendance, outcomes and costs report as
/// `report.html` and one CSV per table. Deterministic: the same database and period give the
/// same bytes. Files are replaced atomically.
public enum ReportWrite {
    public struct Result: Sendable {
        public var period: ReportPeriod
        public var files: [String]
        public var report: Report
    }

    /// - Parameters:
    ///   - from: the first day of the period; `nil` from the first activity.
    ///   - to: the last day; `nil` for the day of `now` in the home zone.
    ///   - now: the programme's reference instant (`Clock`), unless the user gave another.
    public static func run(
        workspace: Workspace, output: any OutputSink, from: LocalDate? = nil, to: LocalDate? = nil, now: Date
    ) async throws(TwinLinkError) -> Result {
        let records = try await ReportRecords.load(workspace)
        let end = to ?? LocalDate(now, in: records.registry.programme.homeCity.timeZone.timeZone)
        guard let period = ReportPeriod(from: from, to: end) else {
            throw .invalidValue(field: "from", value: from?.iso, problem: "after the end of the period (\(end))")
        }
        let report = ReportBuilder.build(records, period: period)
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
        return Result(period: period, files: written, report: report)
    }
}
