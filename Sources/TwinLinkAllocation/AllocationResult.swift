public import TwinLinkDomain
public import TwinLinkLocalization

/// The outcome of one allocation run: a decision for every application and how the seats and
/// quotas were used.
public struct AllocationResult: Hashable, Sendable, Codable {
    public var activityID: Identifier<Activity>
    public var seed: UInt64
    /// SHA-256 of the inputs that decide the result (see `AllocationInput.inputsHash`).
    public var inputsHash: String
    public var seats: Int
    /// Sorted by application id.
    public var decisions: [ApplicationDecision]
    public var quotas: [QuotaUse]
    public var deadlines: Deadlines
    public var costs: CostRules
    /// Made before applications closed: later applications may still change it, and a later run
    /// does not keep its seats.
    public var provisional: Bool
    /// Things the coordinator should know, such as seats lost because the rules changed.
    public var notes: [String]
    /// The notes as messages, for the reader's language.
    public var noteMessages: [Message]

    public init(
        activityID: Identifier<Activity>, seed: UInt64, inputsHash: String, seats: Int,
        decisions: [ApplicationDecision], quotas: [QuotaUse], deadlines: Deadlines, costs: CostRules,
        provisional: Bool = false, notes: [String] = [], noteMessages: [Message] = []
    ) {
        self.activityID = activityID
        self.seed = seed
        self.inputsHash = inputsHash
        self.seats = seats
        let inOrder = zip(decisions, decisions.dropFirst()).allSatisfy { $0.applicationID < $1.applicationID }
        self.decisions = inOrder ? decisions : decisions.sorted { $0.applicationID < $1.applicationID }
        self.quotas = quotas
        self.deadlines = deadlines
        self.costs = costs
        self.provisional = provisional
        self.notes = notes
        self.noteMessages = noteMessages
    }

    /// Seats given in all.
    public var seatsTaken: Int { decisions.reduce(0) { $0 + $1.seats } }

    /// How many applications ended accepted, waitlisted and rejected.
    public var counts: OutcomeCounts { OutcomeCounts(decisions) }

    /// The decision on `application`, if it was among the applicants.
    public func decision(for application: Identifier<Application>) -> ApplicationDecision? {
        decisions.first { $0.applicationID == application }
    }

    /// Accepted by score, then waitlisted by rank, then rejected by id: the order people read.
    public var decisionsForReading: [ApplicationDecision] { ApplicationDecision.inReadingOrder(decisions) }
}
