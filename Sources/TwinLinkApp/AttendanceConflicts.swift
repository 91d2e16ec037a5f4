import TwinLinkReports

/// Use case: `twinlink attendance conflicts`, every attendance conflict in the database.
public enum AttendanceConflicts {
    public static func list(workspace: Workspace) throws(TwinLinkError) -> [AttendanceConflict] {
        try ReportRecords.load(workspace).conflicts
    }
}
