/// The default search budgets for an instance, in steps (never seconds): proportional to its size, so that
/// every instance gets the same effort per request and the run time stays close to linear. Measured on the
/// benchmark instances; `MeetingSchedulerOptions.effort` multiplies them.
enum SearchBudget {
    /// Nodes of ejection-chain and Kempe-chain searches.
    static func nodes(for model: SessionModel) -> Int {
        20 * model.requestCount + 1_000
    }

    /// Arcs of slot-refill flow networks.
    static func refillWork(for model: SessionModel) -> Int {
        10 * (model.requestCount + model.participantCount) * max(1, model.slotCount) + 1_000
    }

    /// Arcs of the slot-aware bound's networks (`SlotLagrangianBound`): 60 rounds of multipliers.
    static func boundWork(arcsPerRound: Int) -> Int {
        60 * arcsPerRound
    }

    /// Steps of `SlotRuinSearch` (chain nodes and refill arcs), on instances of up to 1,000 requests (every
    /// session of a real programme): there it reaches the optimum where the improver stops one or two short (in
    /// hundredths of a second at 100 requests, about 0.4 s of processor time at 1,000); on larger instances each
    /// kick costs tens of milliseconds and gained nothing in the benchmark, so they get none.
    static func kickWork(for model: SessionModel) -> Int {
        model.requestCount <= 1_000 ? 1_000_000 : 0
    }

    /// Nodes of one kick's ejection and Kempe chains: 200 per meeting taken out.
    static func kickNodes(removed: Int) -> Int {
        200 * removed + 200
    }

    /// Annealing moves tried for idle slots: 60 per meeting.
    static func annealingIterations(forMeetings meetings: Int) -> Int {
        60 * meetings
    }

    /// A move that adds one idle slot is accepted with probability e^(-1/0.7) ≈ 24 % at the start.
    static let annealingTemperature = 0.7
}
