public import TwinLinkReports

/// Use case: `twinlink attendance conflicts`, every attendance conflict in the database.
public enum AttendanceConflicts {
    public static func list(workspace: Workspace) async throws(TwinLinkError) -> [AttendanceConflict] {
        try await ReportRecords.load(workspace).conflicts
    }
}
