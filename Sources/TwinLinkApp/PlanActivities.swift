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
