extension MeetingScheduler {
    /// Re-schedules after changes (cancelled meetings or participants, late requests), moving as little as
    /// it can:
    /// - locked meetings never move;
    /// - every other meeting of `previous` that survives the changes stays held: it keeps its slot and table
    ///   unless moving it, through a short ejection chain, lets an unscheduled request in;
    /// - unscheduled requests (the late ones, and the earlier ones that the cancellations make room for) are
    ///   added, heaviest first;
    /// - no meeting is dropped to make room for a heavier one, and idle slots are not compacted: both would
    ///   move meetings that participants already have in their agendas.
    ///
    /// So the new weight is at least the previous weight minus the cancelled meetings. The moves list every
    /// meeting that moved, was added or was dropped.
    public static func reschedule(
        _ previous: MeetingSchedule, applying changes: [ScheduleChange],
        options: MeetingSchedulerOptions = MeetingSchedulerOptions()
    ) throws(MeetingInstanceError) -> Rescheduling {
        let instance = try InstanceChanges(changes: changes).apply(to: previous.instance)
        let model = SessionModel(instance)
        let bound = UpperBoundCalculator(model: model).compute()
        let requestIndex = Dictionary(uniqueKeysWithValues: instance.requests.enumerated().map { ($1.id, $0) })
        let slotIndex = Dictionary(uniqueKeysWithValues: instance.slots.enumerated().map { ($1.id, $0) })
        let tableIndex = Dictionary(uniqueKeysWithValues: instance.tables.enumerated().map { ($1.id, $0) })
        var state = SlotAssignment(model: model)
        var previousSlot = [Int](repeating: -1, count: model.requestCount)
        var previousTable = [Int](repeating: -1, count: model.requestCount)
        for (position, meeting) in previous.meetings.enumerated() {
            guard let request = requestIndex[meeting.requestID] else { continue }
            guard let slot = slotIndex[meeting.slotID], let table = tableIndex[meeting.tableID],
                model.isLocked(request) ? model.lockedSlot[request] == slot : state.canPlace(request, in: slot)
            else {
                throw MeetingInstanceError(
                    "$.previous.meetings[\(position)]", value: MeetingInstanceIssue.quoted(meeting.requestID),
                    "the previous schedule does not fit its instance: this meeting conflicts with another, a "
                        + "participant's availability or cap, or a locked meeting")
            }
            previousSlot[request] = slot
            previousTable[request] = table
            if !model.isLocked(request) { state.place(request, in: slot) }
        }
        let order = ConstructionOrder(model: model, relaxedChoice: bound.relaxedChoice, seed: options.seed).order
        var improver = ScheduleImprover(
            state: state, order: order, target: bound.bound.value, effort: options.effort, mayDrop: false,
            seed: options.seed)
        improver.run()
        state = improver.state
        let tables = TableAssignment(model: model, slotOf: state.slotOf).assign(
            previous: TableAssignment.Previous(slot: previousSlot, table: previousTable))
        let schedule = ScheduleBuilder(model: model).build(
            slotOf: state.slotOf, tableOf: tables, bound: bound.bound, seed: options.seed)
        return Rescheduling(schedule: schedule, moves: Self.moves(from: previous, to: schedule))
    }

    /// Every request whose placement differs between the two schedules.
    static func moves(from old: MeetingSchedule, to new: MeetingSchedule) -> [MeetingMove] {
        let before = Dictionary(uniqueKeysWithValues: old.meetings.map { ($0.requestID, $0.placement) })
        let after = Dictionary(uniqueKeysWithValues: new.meetings.map { ($0.requestID, $0.placement) })
        var ids = old.instance.requests.map(\.id)
        let known = Set(ids)
        ids += new.instance.requests.map(\.id).filter { !known.contains($0) }
        return ids.compactMap { id in
            switch (before[id], after[id]) {
            case (nil, nil): nil
            case (let from?, nil): MeetingMove(requestID: id, kind: .dropped, from: from, to: nil)
            case (nil, let to?): MeetingMove(requestID: id, kind: .added, from: nil, to: to)
            case (let from?, let to?): from == to ? nil : MeetingMove(requestID: id, kind: .moved, from: from, to: to)
            }
        }
    }
}
