public import Foundation
import TwinLinkDomain
public import TwinLinkStore

/// The main job's last stage: import the registry folder's check-in lists, outcome surveys and
/// cost sheets (`attendance/`, `outcomes/`, `costs/`; see docs/attendance-and-outcomes.md),
/// excuse those who declined an invite, and write the report to OUT/report.
public enum ReportStage {
    public struct Result: Sendable {
        /// What the sheets added or corrected (empty when the folder has none).
        public var imported: AttendanceImport.Result?
        /// Excused absences recorded from declined invites.
        public var excusedFromReplies: RegistryChanges.Table
        public var report: ReportWrite.Result
    }

    public static func run(registryDirectory: String, output: any OutputSink, workspace: Workspace, now: Date)
        async throws(TwinLinkError) -> Result
    {
        let sheets = AttendanceImport.sheets(inRegistry: registryDirectory)
        let imported = sheets.isEmpty ? nil : try await AttendanceImport.run(sheets, workspace: workspace, now: now)
        let excused = try await AttendanceFromReplies.run(workspace: workspace)
        let report = try await ReportWrite.run(
            workspace: workspace, output: output.subfolder("report"), now: now)
        return Result(imported: imported, excusedFromReplies: excused, report: report)
    }
}
