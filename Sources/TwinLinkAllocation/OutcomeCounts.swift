import TwinLinkDomain

/// How many applications of a run ended accepted, waitlisted and rejected.
public struct OutcomeCounts: Hashable, Sendable, Codable {
    public var accepted = 0
    public var waitlisted = 0
    public var rejected = 0

    public init(_ decisions: [ApplicationDecision]) {
        for decision in decisions {
            switch decision.outcome {
            case .accepted: accepted += 1
            case .waitlisted: waitlisted += 1
            case .rejected: rejected += 1
            }
        }
    }

    /// `12 accepted, 8 waitlisted, 10 rejected`.
    public var summary: String { "\(accepted) accepted, \(waitlisted) waitlisted, \(rejected) rejected" }
}
