import TwinLinkDomain
import TwinLinkLocalization

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
                .label(conflict.kind.label, shown: scope.language.text("conflict_kind_" + conflict.kind.rawValue)),
                .text(conflict.activityID.rawValue), .text(conflict.personID.rawValue),
                conflict.day.map { ReportCell.date($0) } ?? .empty, .text(conflict.meetingRequestID?.rawValue ?? ""),
                .label(conflict.detail, shown: scope.language.messages.render(conflict.message)),
            ])
        }
        return scope.language.table(
            "conflicts",
            columns: ["conflict", "activity", "person", "day", "meeting", "detail"], rows: rows)
    }
}
