import Foundation
public import TwinLinkDomain

/// How one application's decision differs between two versions of an activity's allocation.
public struct AllocationChange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// What changed, most significant first.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// From the waitlist to a seat.
        case promoted
        /// From rejected (or not yet decided) to a seat.
        case accepted
        case seatsChanged = "seats_changed"
        /// A seat given up by withdrawing.
        case withdrawn
        /// A seat lost for another reason (the rules or the firm's record changed).
        case lostSeat = "lost_seat"
        case rankChanged = "rank_changed"
        case waitlisted
        case rejected
        /// The outcome is the same but the reason differs.
        case reasonChanged = "reason_changed"
        /// An application the previous version did not decide.
        case new
    }

    public var applicationID: Identifier<Application>
    public var kind: Kind
    public var before: AllocationDecision.Outcome?
    public var after: AllocationDecision.Outcome
    public var reasonBefore: String?
    public var reasonAfter: String

    public init(
        applicationID: Identifier<Application>, kind: Kind, before: AllocationDecision.Outcome?,
        after: AllocationDecision.Outcome, reasonBefore: String?, reasonAfter: String
    ) {
        self.applicationID = applicationID
        self.kind = kind
        self.before = before
        self.after = after
        self.reasonBefore = reasonBefore
        self.reasonAfter = reasonAfter
    }

    /// `app-0110: promoted, waitlisted (rank 1) → accepted (1 seat)`.
    /// A rejection always says why; a seat or rank only when its reason is what changed.
    public var description: String {
        func shown(_ outcome: AllocationDecision.Outcome, _ reason: String?) -> String? {
            if case .rejected = outcome { return reason }
            return before == after ? reason : nil
        }
        let from = before.map { Self.text($0, shown($0, reasonBefore)) } ?? "not decided"
        let to = Self.text(after, shown(after, reasonAfter))
        return "\(applicationID): \(kind.rawValue.replacingOccurrences(of: "_", with: " ")), \(from) → \(to)"
    }

    /// `accepted (2 seats)`, `waitlisted (rank 3)`, `rejected`; with a reason `rejected (withdrawn)`.
    public static func text(_ outcome: AllocationDecision.Outcome, _ reason: String? = nil) -> String {
        let more = reason.map { ", \($0)" } ?? ""
        return switch outcome {
        case .accepted(let seats): "accepted (\(AmountText.count(seats, "seat"))\(more))"
        case .waitlisted(let rank): "waitlisted (rank \(rank)\(more))"
        case .rejected: reason.map { "rejected (\($0))" } ?? "rejected"
        }
    }
}
