import TwinLinkDomain

/// The attendance conflicts of the activities in the period, for the coordinator to resolve.
struct ConflictTable {
    let scope: ReportScope
    let conflicts: [AttendanceConflict]

    /// The conflicts at the activities of the period.
    var inScope: [AttendanceConflict] {
        let ids = Set(scope.activities.map(\.id))
        return conflicts.filter { ids.contains($0.activityID) }
    }

    func table() -> ReportTable {
        let rows = inScope.map { conflict in
            ReportTable.Row([
                .text(conflict.kind.label), .text(conflict.activityID.rawValue), .text(conflict.personID.rawValue),
                conflict.day.map { ReportCell.date($0) } ?? .empty, .text(conflict.meetingRequestID?.rawValue ?? ""),
                .text(conflict.detail),
            ])
        }
        return ReportTable(
            id: "conflicts", title: "Attendance conflicts",
            explanation: "Records that contradict the plan or each other: people recorded where they were not "
                + "expected, no-shows who attended a 1:1 meeting that day, meetings attended that are not in the "
                + "session's schedule. Correct the records with 'twinlink attendance set' or accept them.",
            columns: ["conflict", "activity", "person", "day", "meeting", "detail"], rows: rows)
    }
}
