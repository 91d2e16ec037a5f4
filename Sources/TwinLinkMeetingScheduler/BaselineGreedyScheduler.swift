/// The naive greedy that the scheduler is measured against: requests by weight (heaviest first, then in
/// instance order), each in the earliest slot where both participants are available and free and a table is
/// left, at the first free table. Locked meetings are kept. No search, no compaction.
public enum BaselineGreedyScheduler {
    public static func schedule(_ instance: MeetingInstance) throws(MeetingInstanceError) -> MeetingSchedule {
        try instance.validate()
        let model = SessionModel(instance)
        let bound = UpperBoundCalculator(model: model).compute().bound
        let state = slots(for: model)
        var tableOf = [Int](repeating: -1, count: model.requestCount)
        var taken = [Bool](repeating: false, count: model.tableCount * model.slotCount)
        for request in 0..<model.requestCount where model.isLocked(request) {
            tableOf[request] = model.lockedTable[request]
            taken[model.lockedTable[request] * model.slotCount + model.lockedSlot[request]] = true
        }
        var nextTable = [Int](repeating: 0, count: model.slotCount)
        for request in 0..<model.requestCount where state.isScheduled(request) && !model.isLocked(request) {
            let slot = state.slotOf[request]
            var table = nextTable[slot]
            while taken[table * model.slotCount + slot] || model.tableAvailable[table] & SlotMask.bit(slot) == 0 {
                table += 1
            }
            tableOf[request] = table
            taken[table * model.slotCount + slot] = true
            nextTable[slot] = table + 1
        }
        return ScheduleBuilder(model: model).build(slotOf: state.slotOf, tableOf: tableOf, bound: bound, seed: 0)
    }

    /// The greedy's slots: requests by weight, then instance order, each in its earliest open slot.
    static func slots(for model: SessionModel) -> SlotAssignment {
        var state = SlotAssignment(model: model)
        let order = (0..<model.requestCount).filter { !model.isLocked($0) }.sorted {
            (model.weight[$1], $0) < (model.weight[$0], $1)
        }
        for request in order where state.hasCapacity(for: request) {
            let open = state.openSlots(for: request)
            if open != 0 { state.place(request, in: open.trailingZeroBitCount) }
        }
        return state
    }
}
