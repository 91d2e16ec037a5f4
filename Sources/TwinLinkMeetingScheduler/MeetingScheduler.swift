/// The 1:1 meeting (B2B matchmaking) scheduler.
///
/// Objectives, in strict order: (1) the largest total weight of meetings held; (2) then the fewest idle slots
/// between each participant's first and last meeting; (3) then the fewest table changes. Locked meetings never
/// move. Every schedule comes with a proven upper bound on the weight (see `WeightUpperBound`).
///
/// The engine, deterministic for a given seed and effort (budgets count steps, never seconds):
/// 1. the bound's flow relaxation picks a best set of requests ignoring slots;
/// 2. a greedy places requests, heaviest first and the relaxation's choice first, each in the open slot that
///    adds the fewest idle slots (the naive greedy's schedule is the start instead when it is heavier);
/// 3. `ScheduleImprover` raises the weight: ejection chains, Kempe chains and exchanges for unscheduled
///    requests, alternating with exact max-weight refills of one slot at a time; it stops at the bound;
/// 4. below the bound, `SlotLagrangianBound` tightens it with the slots back in, and its choices of meetings
///    give a second start, improved the same way; still below it, `SlotRuinSearch` empties two slots at a time
///    and fills them again exactly (`BoundedStart`);
/// 5. `IdleSlotCompaction` anneals, then descends, over Kempe-chain moves that keep the set of meetings;
/// 6. `TableAssignment` seats meetings, keeping participants at their table where it can.
public enum MeetingScheduler {
    /// Names the engine: it changes whenever the same instance and options could give another schedule or
    /// another bound, so that a schedule stored with another version is made again rather than kept.
    public static let version = "2026-12-06.3"

    /// Schedules a valid instance; throws when the instance is inconsistent.
    public static func schedule(
        _ instance: MeetingInstance, options: MeetingSchedulerOptions = MeetingSchedulerOptions()
    ) throws(MeetingInstanceError) -> MeetingSchedule {
        try instance.validate()
        let model = SessionModel(instance)
        let start = BoundedStart(model: model, options: options)
        var compaction = IdleSlotCompaction(
            state: start.state, budget: options.effort * SearchBudget.nodes(for: model))
        compaction.anneal(
            iterations: options.effort * SearchBudget.annealingIterations(forMeetings: start.state.scheduledCount),
            startTemperature: SearchBudget.annealingTemperature, seed: options.seed)
        compaction.run()
        let state = compaction.state
        let tables = TableAssignment(model: model, slotOf: state.slotOf).assign()
        return ScheduleBuilder(model: model).build(
            slotOf: state.slotOf, tableOf: tables, bound: start.bound, seed: options.seed)
    }

    /// The proven bound a fresh schedule of `instance` reports with these options: a re-schedule reports the
    /// same one, so that re-scheduling an unchanged session changes none of its figures.
    public static func bound(
        _ instance: MeetingInstance, options: MeetingSchedulerOptions = MeetingSchedulerOptions()
    ) throws(MeetingInstanceError) -> WeightUpperBound {
        try instance.validate()
        return BoundedStart(model: SessionModel(instance), options: options, forBoundOnly: true).bound
    }
}

/// The weight phase of a fresh schedule, which also fixes its proven bound: the greedy start, improved up to the
/// flow relaxation's bound; below it, the slot-aware Lagrangian bound and a second start from its choices of
/// meetings (a Lagrangian heuristic), improved too; then `SlotRuinSearch`, which no longer changes the bound.
/// Depends on the model and the options only.
struct BoundedStart {
    /// The heaviest schedule found.
    let state: SlotAssignment
    let bound: WeightUpperBound
    let order: [Int]

    /// - Parameter forBoundOnly: stop once the bound is known (a re-schedule keeps its own meetings, so the last
    ///   search would be wasted).
    init(model: SessionModel, options: MeetingSchedulerOptions, forBoundOnly: Bool = false) {
        let flow = UpperBoundCalculator(model: model).compute()
        let order = ConstructionOrder(model: model, relaxedChoice: flow.relaxedChoice, seed: options.seed).order
        var state = SlotAssignment(model: model)
        GreedyConstruction(order: order).run(on: &state)
        // The naive greedy is cheap; starting from it when it is heavier means never ending below it.
        let naive = BaselineGreedyScheduler.slots(for: model)
        if naive.totalWeight > state.totalWeight { state = naive }
        var improver = ScheduleImprover(
            state: state, order: order, target: flow.bound.value, effort: options.effort, mayDrop: true,
            seed: options.seed)
        improver.run()
        state = improver.state
        var weightBound = flow.bound
        if state.totalWeight < weightBound.value {
            let slotBound = SlotLagrangianBound(model: model, residual: ResidualSession(model: model))
            // Every round's choice of meetings, made feasible (heaviest first where it fits, then the greedy):
            // the heaviest is a second start.
            var guided = SlotAssignment(model: model)
            let slotValue = slotBound.tighten(
                weightBound.value, lowest: state.totalWeight, prices: flow.prices,
                work: options.effort * SearchBudget.boundWork(arcsPerRound: slotBound.arcsPerRound)
            ) { proposal in
                var candidate = SlotAssignment(model: model)
                for request in order where proposal[request] >= 0 && candidate.canPlace(request, in: proposal[request])
                {
                    candidate.place(request, in: proposal[request])
                }
                GreedyConstruction(order: order).run(on: &candidate)
                if candidate.totalWeight > guided.totalWeight { guided = candidate }
            }
            if slotValue < weightBound.value {
                // Slots matter here more than the flow relaxation saw: improve the second start too, and keep it
                // when it ends heavier.
                weightBound.value = slotValue
                var second = ScheduleImprover(
                    state: guided, order: order, target: weightBound.value, effort: options.effort, mayDrop: true,
                    seed: options.seed)
                second.run()
                if second.state.totalWeight > state.totalWeight { state = second.state }
            }
        }
        if !forBoundOnly && state.totalWeight < weightBound.value {
            state = SlotRuinSearch(model: model, target: weightBound.value, seed: options.seed).run(
                from: state, budget: options.effort * SearchBudget.kickWork(for: model))
        }
        self.state = state
        self.bound = weightBound
        self.order = order
    }
}
