public import Foundation
public import TwinLinkDomain
public import TwinLinkPlanning
import TwinLinkStore

/// Use case: plan (or re-plan) activities from the registry's mutual events and store them.
public enum PlanActivities {
    /// - Parameters:
    ///   - range: only events whose first day is in the range are planned.
    ///   - dryRun: compute and return the plan without storing it.
    public static func run(
        workspace: Workspace, now: Date, range: ClosedRange<LocalDate>? = nil, dryRun: Bool = false
    ) async throws(TwinLinkError) -> ActivityPlan {
        let registry = try await workspace.registry()
        do {
            let seed: UInt64
            if let fixed = registry.programme.planning.seed {
                seed = fixed
            } else {
                seed = try await workspace.store.writing({
                    try $0.planningSeed { UInt64.random(in: UInt64.min...UInt64.max) }
                })
            }
            let input = ActivityPlanner.Input(
                programme: registry.programme, partnerCities: registry.partnerCities, events: registry.events,
                holidays: try await workspace.store.reading({ try $0.holidays() }),
                eventsWithMeetingRequests: Set(registry.meetingRequests.map(\.eventID)),
                previous: try await workspace.store.reading({ try $0.activities() }), now: now, seed: seed, range: range
            )
            let plan = ActivityPlanner().plan(input)
            if !dryRun {
                try await workspace.store.writing({ try $0.saveActivities(plan.activities) })
            }
            return plan
        } catch {
            throw .store(error)
        }
    }

    /// The plan as a table: times in the home zone, and in the partner's zone where it differs.
    public static func table(_ plan: ActivityPlan, registry: Registry) -> TextTable {
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
    public static func describeChanges(_ plan: ActivityPlan, home: TimeZoneID) -> [String] {
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

extension PlanActivities {
    /// The plan as stable JSON: `{"activities": [...], "changes": [...]}`.
    public static func json(_ plan: ActivityPlan) throws -> Data {
        struct Change: Encodable {
            let activity: String
            let change: String
            let from: ZonedInstant?
            let to: ZonedInstant?
            let reason: String
        }
        struct Document: Encodable {
            let activities: [Activity]
            let changes: [Change]
        }
        let changes = plan.changes.map { change in
            switch change.kind {
            case .added:
                Change(activity: change.activityID.rawValue, change: "added", from: nil, to: nil, reason: change.reason)
            case .moved(let from, let to):
                Change(activity: change.activityID.rawValue, change: "moved", from: from, to: to, reason: change.reason)
            case .cancelled:
                Change(
                    activity: change.activityID.rawValue, change: "cancelled", from: nil, to: nil, reason: change.reason
                )
            case .unchanged:
                Change(
                    activity: change.activityID.rawValue, change: "unchanged", from: nil, to: nil, reason: change.reason
                )
            }
        }
        return try JSONEncoder.stable.encode(Document(activities: plan.activities, changes: changes))
    }
}
