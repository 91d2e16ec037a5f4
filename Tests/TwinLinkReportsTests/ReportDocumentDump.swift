import Foundation
import Testing
import TwinLinkReports

/// Writes the report in every shipped language into `$TWINLINK_DOCUMENTS_DUMP` (as
/// `report-<language>.html`) beside the fixture documents, so that `scripts/documents-checks.sh`
/// runs the same HTML5 and self-containment checks on it; does nothing without it.
@Suite struct ReportDocumentDump {
    @Test func writesTheReportInEveryLanguageWhenAsked() throws {
        guard let folder = ProcessInfo.processInfo.environment["TWINLINK_DOCUMENTS_DUMP"] else { return }
        let renderer = try ReportRenderer()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for language in ReportLanguageTests.languages {
            let report = ReportBuilder.build(
                ReportScenario.records(), period: ReportScenario.period, language: language)
            try Data(renderer.html(report).utf8).write(
                to: URL(fileURLWithPath: folder).appendingPathComponent("report-\(language).html"))
        }
    }
}
