public import Foundation
import TwinLinkAllocation
import TwinLinkDomain

/// An allocation as stable JSON for tools (the command line renders it for people: `AllocationText`
/// in TwinLinkCLI).
public enum AllocationReport {
    /// Stable JSON for tools: the activity, the version with its seed and hash, the quotas, every
    /// decision and every change.
    public static func json(_ outcome: AllocationOutcome) throws -> Data {
        try JSONEncoder.stable.encode(Document(outcome))
    }

    private struct Document: Encodable {
        struct Decision: Encodable {
            let application: String
            let enterprise: String
            let sizeClass: String
            let outcome: String
            let seats: Int?
            let rank: Int?
            let reason: String
            let explanation: String
            let score: Int?
            let scoreLines: [PriorityScore.Component]?
            let failedChecks: [String]
        }

        struct Change: Encodable {
            let application: String
            let change: String
            let before: String?
            let after: String
        }

        let activity: String
        let title: String
        let status: String
        let version: Int
        let ranAt: String
        let actor: String
        let cause: String
        let provisional: Bool
        let seed: UInt64
        let inputsHash: String
        let seats: Int
        let seatsTaken: Int
        let quotas: [QuotaUse]
        let notes: [String]
        let decisions: [Decision]
        let previousVersion: Int?
        let changes: [Change]

        init(_ outcome: AllocationOutcome) {
            let version = outcome.version
            activity = outcome.activity.id.rawValue
            title = outcome.activity.title
            status = outcome.status.rawValue
            self.version = version.run.version
            ranAt = ZonedInstant.formatUTC(version.run.ranAt)
            actor = version.run.actor
            cause = version.trigger
            provisional = version.provisional
            seed = version.run.seed
            inputsHash = version.run.inputsHash
            seats = version.seats
            seatsTaken = version.decisions.reduce(0) { $0 + $1.seats }
            quotas = version.quotas
            notes = version.notes
            decisions = version.decisions.map { decision in
                var seats: Int?
                var rank: Int?
                let outcome: String
                switch decision.outcome {
                case .accepted(let count):
                    outcome = "accepted"
                    seats = count
                case .waitlisted(let position):
                    outcome = "waitlisted"
                    rank = position
                case .rejected:
                    outcome = "rejected"
                }
                return Decision(
                    application: decision.applicationID.rawValue, enterprise: decision.enterpriseID.rawValue,
                    sizeClass: decision.sizeClass.rawValue, outcome: outcome, seats: seats, rank: rank,
                    reason: decision.reason.rawValue, explanation: decision.explanation, score: decision.score?.total,
                    scoreLines: decision.score?.components, failedChecks: decision.failedChecks.map(\.reason.rawValue))
            }
            previousVersion = outcome.previous?.run.version
            changes = outcome.changes.map { change in
                Change(
                    application: change.applicationID.rawValue, change: change.kind.rawValue,
                    before: change.before.map { AllocationChange.text($0) }, after: AllocationChange.text(change.after))
            }
        }
    }
}
