public import TwinLinkDomain
public import TwinLinkLocalization

/// How one application ended in a run: accepted (with seats), waitlisted (with a rank) or
/// rejected, why (a code for tools and a sentence for the firm), and the facts behind it.
public struct ApplicationDecision: Hashable, Sendable, Codable {
    public var applicationID: Identifier<Application>
    public var enterpriseID: Identifier<LocalEnterprise>
    public var outcome: AllocationDecision.Outcome
    public var reason: ReasonCode
    /// The sentence for the firm in English (what versions stored before messages show everywhere).
    public var explanation: String
    /// The sentence as a message, rendered in each reader's language; `nil` in decisions stored
    /// before messages.
    public var message: Message?
    /// Seats the firm asked for, within the rules' maximum per company.
    public var seatsRequested: Int
    /// The firm's size class and the figures (partner and linked enterprises counted) behind it.
    public var size: EnterpriseSize
    /// The priority score of an application that reached the seat steps; `nil` for one rejected.
    public var score: PriorityScore?
    /// Every check the application failed, in the published order (the first is the reason).
    public var failedChecks: [CheckFailure]
    /// Its number in the seeded draw that breaks ties (lower goes first).
    public var draw: UInt64

    public init(
        applicationID: Identifier<Application>, enterpriseID: Identifier<LocalEnterprise>,
        outcome: AllocationDecision.Outcome, reason: ReasonCode, explanation: String, seatsRequested: Int,
        size: EnterpriseSize, score: PriorityScore?, failedChecks: [CheckFailure], draw: UInt64,
        message: Message? = nil
    ) {
        self.applicationID = applicationID
        self.enterpriseID = enterpriseID
        self.outcome = outcome
        self.reason = reason
        self.explanation = explanation
        self.seatsRequested = seatsRequested
        self.size = size
        self.score = score
        self.failedChecks = failedChecks
        self.draw = draw
        self.message = message
    }

    public var sizeClass: SizeClass { size.sizeClass }

    /// Seats held: the accepted seats, else 0.
    public var seats: Int {
        if case .accepted(let seats) = outcome { return seats }
        return 0
    }

    /// The decision as the store keeps it for `run`.
    public func stored(in run: Identifier<AllocationRun>) -> AllocationDecision {
        AllocationDecision(
            runID: run, applicationID: applicationID, outcome: outcome, reasonCode: reason.rawValue,
            explanation: explanation, priorityScore: score?.total)
    }

    /// Accepted by score (highest first), then waitlisted by rank, then rejected by id: the order
    /// people read a delegation's decisions in.
    public static func inReadingOrder(_ decisions: [ApplicationDecision]) -> [ApplicationDecision] {
        decisions.sorted { a, b in
            let keyA = a.readingKey
            let keyB = b.readingKey
            return (keyA.0, keyA.1, a.applicationID.rawValue) < (keyB.0, keyB.1, b.applicationID.rawValue)
        }
    }

    private var readingKey: (Int, Int) {
        switch outcome {
        case .accepted: (0, -(score?.total ?? 0))
        case .waitlisted(let rank): (1, rank)
        case .rejected: (2, 0)
        }
    }
}
