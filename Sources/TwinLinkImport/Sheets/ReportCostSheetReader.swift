import Foundation
public import TwinLinkDomain

/// Reads a cost sheet (docs/attendance-and-outcomes.md): per activity, the city's preparation
/// hours and hourly rate, hall and service, and the estimate of what each delegate paid, in the
/// programme's currency.
public struct ReportCostSheetReader {
    public static let required = [
        "activity", "preparation_hours", "hourly_rate", "hall", "service", "sme_cost_per_delegate",
    ]
    public static let optional = ["note"]

    public let lookup: AttendanceLookup

    public init(lookup: AttendanceLookup) {
        self.lookup = lookup
    }

    public func entries(_ sheet: RecordSheet) -> (entries: [ActivityCosts], issues: [ImportIssue]) {
        var entries: [ActivityCosts] = []
        var issues: [ImportIssue] = []
        var firstLine: [Identifier<Activity>: Int] = [:]
        for row in sheet.rows {
            var check = AttendanceRowCheck(row)
            let activity = check.required("activity", lookup.activity)
            let hours = check.required("preparation_hours") { text -> Result<WorkHours, AttendanceProblem> in
                WorkHours(text: text).map(Result.success) ?? .failure("expected \(WorkHours.rule)")
            }
            let rate = check.required("hourly_rate", lookup.money)
            let hall = check.required("hall", lookup.money)
            let service = check.required("service", lookup.money)
            let perDelegate = check.required("sme_cost_per_delegate", lookup.money)
            if let activity, let line = firstLine[activity.id] {
                check.report("activity", "line \(line) already gives the costs of this activity")
            }
            if let activity, let hours, let rate, let hall, let service, let perDelegate, check.issues.isEmpty {
                firstLine[activity.id] = row.line
                entries.append(
                    ActivityCosts(
                        activityID: activity.id, preparationHours: hours, hourlyRate: rate,
                        hall: hall, service: service, smeCostPerDelegate: perDelegate, note: row.value("note"),
                        source: "\(sheet.file):\(row.line)"))
            }
            issues += check.issues
        }
        return (entries, issues)
    }
}
