import Foundation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkPlanning

/// A plan as people read it: a table (`twinlink plan`, the main job's summary) and a line per
/// change, in the coordinator's language (times stay ISO: `2027-05-03 10:00`).
extension PlanActivities {
    /// The plan as a table: times in the home zone, and in the partner's zone where it differs.
    static func table(_ plan: ActivityPlan, registry: Registry, words: CLIWords = .english) -> TextTable {
        let home = registry.programme.homeCity
        let cities = Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0) })
        return TextTable(
            headers: [
                words("plan_id"), words("plan_kind"), words("plan_status"),
                words("plan_starts", ["city": home.name]), words("plan_ends"), words("plan_partner_time"),
                words("plan_notes"),
            ],
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
                let notes = activity.notes(in: words.renderer)
                return [
                    activity.id.rawValue, words.value("kind", activity.kind.rawValue),
                    words.value("status", activity.status.rawValue), starts, ends, partnerTime,
                    notes.isEmpty ? "" : "⚠ " + notes.joined(separator: " "),
                ]
            }
                + plan.unplanned.map {
                    [
                        $0.activityID.rawValue, words.value("kind", $0.kind.rawValue), words("status_unplanned"), "",
                        "", "", "⚠ " + ($0.reasonMessage.map(words.render) ?? $0.reason),
                    ]
                })
    }

    /// One line per change other than "unchanged", the labels padded to one column.
    static func describeChanges(_ plan: ActivityPlan, home: TimeZoneID, words: CLIWords) -> [String] {
        let labels = ["added", "moved", "cancelled", "unchanged", "unplanned"].reduce(into: [String: String]()) {
            $0[$1] = words("plan_change_" + $1)
        }
        let width = (labels.values.map(\.count).max() ?? 0) + 2
        func line(_ label: String, _ rest: String) -> String {
            labels[label, default: label].padding(toLength: width, withPad: " ", startingAt: 0) + rest
        }
        return plan.moves.map { change in
            switch change.kind {
            case .added:
                line("added", change.activityID.rawValue)
            case .moved(let from, let to):
                line(
                    "moved",
                    "\(change.activityID): \(Format.local(from, in: home)) → \(Format.local(to, in: home)) "
                        + "(\(change.reasonMessage.map(words.render) ?? change.reason))")
            case .cancelled:
                line("cancelled", "\(change.activityID) (\(change.reasonMessage.map(words.render) ?? change.reason))")
            case .unchanged:
                line("unchanged", change.activityID.rawValue)
            }
        }
            + plan.unplanned.map {
                line("unplanned", "\($0.activityID) (\($0.reasonMessage.map(words.render) ?? $0.reason))")
            }
    }
}
