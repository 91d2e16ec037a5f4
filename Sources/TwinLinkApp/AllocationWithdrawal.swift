public import Foundation
public import TwinLinkAllocation
public import TwinLinkDomain
import TwinLinkStore

/// Use case: record that an application is withdrawn (in the database's own table: the registry's
/// `withdrawn_at` belongs to `twinlink import`), re-run its study visit's allocation, so that the
/// freed seats go to whom the rules now seat and nobody else loses a seat, and re-schedule the
/// event's 1:1 session so that the firm that left loses its meetings and a firm that came gets
/// some. All of it in one write transaction: a failure anywhere records nothing, and of two
/// withdrawals of one application at once, the second is refused as already withdrawn.
public enum AllocationWithdrawal {
    /// The withdrawal recorded, and the re-run it caused.
    public struct Report: Sendable {
        public var application: Application
        public var withdrawal: Withdrawal
        /// The re-run; `nil` when the visit has not been allocated yet.
        public var outcome: AllocationOutcome?
        /// The event's 1:1 session, re-scheduled; `nil` when it was not scheduled yet (or has started).
        public var session: ScheduleSessionMeetings.Result?
        /// Why there was no re-run, when there was none.
        public var note: String?
        /// The study visit that has no allocation yet, when that is why there was no re-run.
        public var unallocated: Identifier<Activity>? = nil
    }

    /// Records that `id` is withdrawn, by `actor`, and re-runs the allocation of its study visit if it
    /// has been allocated.
    public static func run(
        application id: Identifier<Application>, reason: String?, by actor: String, workspace: Workspace, now: Date
    ) async throws(TwinLinkError) -> Report {
        let path = workspace.databasePath
        return try await workspace.write { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            let application = try AllocationLookup.application(id, in: registry)
            if let own = application.withdrawnAt {
                throw TwinLinkError.conflict(
                    "\(id) was already withdrawn by the applicant on \(ZonedInstant.formatUTC(own)) (applications.csv)")
            }
            let activity = application.seatActivityID
            let withdrawal = Withdrawal(
                at: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)), recordedBy: actor,
                reason: reason)
            if let earlier = try access.recordedWithdrawals()[id] {
                throw TwinLinkError.conflict(
                    "\(id) was already withdrawn on \(ZonedInstant.formatUTC(earlier.at)), recorded by "
                        + (earlier.recordedBy ?? "the applicant"))
            }
            let because = reason.map { ": \($0)" } ?? ""
            try access.recordWithdrawal(
                withdrawal, of: id,
                audit: AuditEntry(
                    at: withdrawal.at, actor: actor, action: AuditEntry.withdraw, subject: activity.rawValue,
                    detail: "\(id) of \(application.enterpriseID) withdrawn\(because)"))
            guard try access.latestAllocation(for: activity) != nil else {
                return Report(
                    application: application, withdrawal: withdrawal, outcome: nil, session: nil,
                    note: "\(activity) has not been allocated yet; the withdrawal counts in its first allocation",
                    unallocated: activity)
            }
            let outcome = try AllocateSeats.allocate(
                activity: activity, in: access, databasePath: path, now: now, actor: actor,
                cause: "withdrawal of \(id)", dryRun: false)
            return Report(
                application: application, withdrawal: withdrawal, outcome: outcome, session: outcome.session, note: nil)
        }
    }
}
