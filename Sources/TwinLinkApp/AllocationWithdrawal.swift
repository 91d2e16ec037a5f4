import Foundation
import TwinLinkAllocation
import TwinLinkDomain
import TwinLinkStore

/// Use case: record that an application is withdrawn (in the database's own table: the registry's
/// `withdrawn_at` belongs to `twinlink import`), then re-run its study visit's allocation, so that
/// the freed seats go to whom the rules now seat and nobody else loses a seat.
public enum AllocationWithdrawal {
    /// The withdrawal recorded, and the re-run it caused.
    public struct Report: Sendable {
        public var application: Application
        public var withdrawal: Withdrawal
        /// The re-run; `nil` when the visit has not been allocated yet.
        public var outcome: AllocationOutcome?
        /// Why there was no re-run, when there was none.
        public var note: String?
    }

    /// Records that `id` is withdrawn, by `actor`, and re-runs the allocation of its study visit if it
    /// has been allocated.
    public static func run(
        application id: Identifier<Application>, reason: String?, by actor: String, workspace: Workspace, now: Date
    ) throws(TwinLinkError) -> Report {
        let registry = try workspace.registry()
        let application = try AllocationLookup.application(id, in: registry)
        if let own = application.withdrawnAt {
            throw .invalidArgument(
                "\(id) was already withdrawn by the applicant on \(ZonedInstant.formatUTC(own)) (applications.csv)")
        }
        let activity = Activity.plannedID(.outgoingStudyVisit, for: application.eventID)
        let withdrawal = Withdrawal(
            at: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)), recordedBy: actor,
            reason: reason)
        do {
            if let earlier = try workspace.store.recordedWithdrawals()[id] {
                throw TwinLinkError.invalidArgument(
                    "\(id) was already withdrawn on \(ZonedInstant.formatUTC(earlier.at)), recorded by "
                        + (earlier.recordedBy ?? "the applicant"))
            }
            let because = reason.map { ": \($0)" } ?? ""
            try workspace.store.recordWithdrawal(
                withdrawal, of: id,
                audit: AuditEntry(
                    at: withdrawal.at, actor: actor, action: AuditEntry.withdraw, subject: activity.rawValue,
                    detail: "\(id) of \(application.enterpriseID) withdrawn\(because)"))
            guard try workspace.store.latestAllocation(for: activity) != nil else {
                return Report(
                    application: application, withdrawal: withdrawal, outcome: nil,
                    note: "\(activity) has not been allocated yet; the withdrawal counts in its first allocation")
            }
        } catch let error as TwinLinkError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            throw .store(StoreError("\(error)"))
        }
        let outcome = try AllocateSeats.run(
            activity: activity, workspace: workspace, now: now, actor: actor, cause: "withdrawal of \(id)")
        return Report(application: application, withdrawal: withdrawal, outcome: outcome, note: nil)
    }
}
