public import TwinLinkDomain
public import TwinLinkLocalization

/// One stored version of an activity's allocation: the run (with its seed and inputs' hash),
/// whether it was provisional, what started it, and every decision with its reasons.
public struct AllocationVersion: Hashable, Sendable, Codable {
    public var run: AllocationRun
    /// Made before applications closed: a later run does not keep its seats.
    public var provisional: Bool
    /// What started the run, for the audit trail: `allocate`, `withdrawal of app-0103`, `main job`.
    public var trigger: String
    public var seats: Int
    public var quotas: [QuotaUse]
    public var notes: [String]
    /// The notes as messages, for the reader's language; empty for versions stored before messages.
    public var noteMessages: [Message]
    /// Sorted by application id.
    public var decisions: [ApplicationDecision]

    public init(
        run: AllocationRun, provisional: Bool, trigger: String, seats: Int, quotas: [QuotaUse], notes: [String],
        decisions: [ApplicationDecision], noteMessages: [Message] = []
    ) {
        self.run = run
        self.provisional = provisional
        self.trigger = trigger
        self.seats = seats
        self.quotas = quotas
        self.notes = notes
        self.noteMessages = noteMessages
        self.decisions = decisions.sorted { $0.applicationID < $1.applicationID }
    }

    /// The version that stores `result` as `run`.
    public init(run: AllocationRun, result: AllocationResult, trigger: String) {
        self.init(
            run: run, provisional: result.provisional, trigger: trigger, seats: result.seats, quotas: result.quotas,
            notes: result.notes, decisions: result.decisions, noteMessages: result.noteMessages)
    }

    /// The decision on `application`, if this version decided it.
    public func decision(for application: Identifier<Application>) -> ApplicationDecision? {
        decisions.first { $0.applicationID == application }
    }

    /// The seats a re-run keeps: those of a final version; a provisional one keeps none.
    public var keptSeats: PreviousAllocation? {
        guard !provisional else { return nil }
        var seats: [Identifier<Application>: Int] = [:]
        for decision in decisions where decision.seats > 0 { seats[decision.applicationID] = decision.seats }
        return PreviousAllocation(version: run.version, seats: seats)
    }

    /// The decisions as the domain keeps them, for comparing versions.
    public var storedDecisions: [AllocationDecision] { decisions.map { $0.stored(in: run.id) } }

    /// How many applications ended accepted, waitlisted and rejected.
    public var counts: OutcomeCounts { OutcomeCounts(decisions) }
}
