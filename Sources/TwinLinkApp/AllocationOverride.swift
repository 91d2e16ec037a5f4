public import Foundation
public import TwinLinkAllocation
public import TwinLinkDomain
import TwinLinkStore

/// Use case: a coordinator's decision that overrides the rules for one application (seat it, or
/// reject it), kept with who and why, followed by a re-run of its study visit's allocation.
public enum AllocationOverride {
    /// The override recorded, and the re-run it caused.
    public struct Report: Sendable {
        public var override: ManualOverride
        /// The re-run; `nil` when the visit has not been allocated yet.
        public var outcome: AllocationOutcome?
        /// The event's 1:1 session, re-scheduled; `nil` when it was not scheduled yet (or has started).
        public var session: ScheduleSessionMeetings.Result?
        public var note: String?
        /// The study visit that has no allocation yet, when that is why there was no re-run.
        public var unallocated: Identifier<Activity>? = nil
    }

    /// Records the override and re-runs the allocation of the application's study visit, if it has
    /// been allocated, and re-schedules the event's 1:1 session: all in one write transaction.
    public static func run(
        application id: Identifier<Application>, action: ManualOverride.Action, reason: String, by actor: String,
        workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Report {
        let registry = try await workspace.registry()
        let application = try AllocationLookup.application(id, in: registry)
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalidValue(
                field: "reason", value: nil,
                problem: "say why the rules are overridden; the firm and the auditors read it")
        }
        if case .accept(let seats) = action, !(1...20).contains(seats) {
            throw .invalidValue(field: "seats", value: String(seats), problem: "expected a whole number from 1 to 20")
        }
        let activity = application.seatActivityID
        let override = ManualOverride(
            applicationID: id, action: action, actor: actor, reason: reason,
            at: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)))
        let what =
            switch action {
            case .accept(let seats): "accept with \(seats == 1 ? "1 seat" : "\(seats) seats")"
            case .reject: "reject"
            }
        let path = workspace.databasePath
        let applicationID = application.enterpriseID
        return try await workspace.write { access in
            try access.recordOverride(
                override,
                audit: AuditEntry(
                    at: override.at, actor: actor, action: AuditEntry.override, subject: activity.rawValue,
                    detail: "\(id) of \(applicationID): \(what): \(reason)"))
            guard try access.latestAllocation(for: activity) != nil else {
                return Report(
                    override: override, outcome: nil, session: nil,
                    note: "\(activity) has not been allocated yet; the override applies from its first allocation",
                    unallocated: activity)
            }
            let outcome = try AllocateSeats.allocate(
                activity: activity, in: access, databasePath: path, now: now, actor: actor, cause: "override of \(id)",
                dryRun: false)
            return Report(override: override, outcome: outcome, session: outcome.session, note: nil)
        }
    }
}
