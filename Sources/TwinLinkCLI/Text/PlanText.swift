import Foundation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkPlanning

/// A plan as people read it: a table (`twinlink plan`, the main job's summary) and a line per change.
extension PlanActivities {
    /// The plan as a table: times in the home zone, and in the partner's zone where it differs.
    static func table(_ plan: ActivityPlan, registry: Registry) -> TextTable {
        let home = registry.programme.homeCity
        let cities = Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0) })
        return TextTable(
            headers: ["ID", "Kind", "Status", "Starts (\(home.name))", "Ends", "Partner local time", "Notes"],
            rows: plan.activities.map { activity in
                let starts: String
                let ends: String
                if activity.isAllDay {
                    starts = LocalDate(activity.start.instant, in: activity.start.zone.timeZone).iso
                    ends = LocalDate(activity.end.instant.addingTimeInterval(-1), in: activity.end.zone.timeZone).iso
                } else {
                    starts = Format.local(activity.start, in: home.timeZone)
                    ends = Format.local(activity.end, in: home.timeZone)
                }
                var partnerTime = ""
                if !activity.isAllDay, let city = activity.partnerCityID.flatMap({ cities[$0] }),
                    city.timeZone != home.timeZone
                {
                    partnerTime = "\(Format.local(activity.start, in: city.timeZone)) \(city.name)"
                }
                return [
                    activity.id.rawValue, activity.kind.rawValue, activity.status.rawValue, starts, ends, partnerTime,
                    activity.notes.isEmpty ? "" : "⚠ " + activity.notes.joined(separator: " "),
                ]
            }
                + plan.unplanned.map {
                    [$0.activityID.rawValue, $0.kind.rawValue, "unplanned", "", "", "", "⚠ " + $0.reason]
                })
    }

    /// One line per change other than "unchanged".
    static func describeChanges(_ plan: ActivityPlan, home: TimeZoneID) -> [String] {
        plan.moves.map { change in
            switch change.kind {
            case .added:
                "added      \(change.activityID)"
            case .moved(let from, let to):
                "moved      \(change.activityID): \(Format.local(from, in: home)) → \(Format.local(to, in: home)) "
                    + "(\(change.reason))"
            case .cancelled:
                "cancelled  \(change.activityID) (\(change.reason))"
            case .unchanged:
                "unchanged  \(change.activityID)"
            }
        } + plan.unplanned.map { "unplanned  \($0.activityID) (\($0.reason))" }
    }
}
