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
    /// meeting that moved, was added or was dropped. The bound is the one a fresh schedule of the changed
    /// instance reports (``bound(_:options:)``).
    public static func reschedule(
        _ previous: MeetingSchedule, applying changes: [ScheduleChange],
        options: MeetingSchedulerOptions = MeetingSchedulerOptions()
    ) throws(MeetingInstanceError) -> Rescheduling {
        let instance = try InstanceChanges(changes: changes).apply(to: previous.instance)
        let kept = previous.meetings.map {
            LockedMeeting(requestID: $0.requestID, slotID: $0.slotID, tableID: $0.tableID)
        }
        let schedule = try keeping(kept, in: instance, options: options)
        return Rescheduling(schedule: schedule, moves: Self.moves(from: previous, to: schedule))
    }

    /// Re-schedules `instance` starting from `kept`, the meetings it held before (at their slots and tables;
    /// requests no longer in the instance are left out), with the same rules as
    /// ``reschedule(_:applying:options:)``: its locked meetings never move, kept meetings stay held, the others
    /// are added where they fit. The moves list the kept meetings that moved first, then the added ones, each
    /// in the instance's order.
    public static func reschedule(
        _ instance: MeetingInstance, keeping kept: [LockedMeeting],
        options: MeetingSchedulerOptions = MeetingSchedulerOptions()
    ) throws(MeetingInstanceError) -> Rescheduling {
        try instance.validate()
        let schedule = try keeping(kept, in: instance, options: options)
        let before = Dictionary(kept.map { ($0.requestID, MeetingPlacement(slotID: $0.slotID, tableID: $0.tableID)) }) {
            first, _ in first
        }
        let after = Dictionary(uniqueKeysWithValues: schedule.meetings.map { ($0.requestID, $0.placement) })
        let ids = instance.requests.map(\.id)
        let order = ids.filter { before[$0] != nil } + ids.filter { before[$0] == nil }
        let moves = order.compactMap { id -> MeetingMove? in
            switch (before[id], after[id]) {
            case (nil, nil): nil
            case (let from?, nil): MeetingMove(requestID: id, kind: .dropped, from: from, to: nil)
            case (nil, let to?): MeetingMove(requestID: id, kind: .added, from: nil, to: to)
            case (let from?, let to?): from == to ? nil : MeetingMove(requestID: id, kind: .moved, from: from, to: to)
            }
        }
        return Rescheduling(schedule: schedule, moves: moves)
    }

    /// A schedule of a valid `instance` holding exactly `meetings` (its locked meetings among them), with the
    /// figures the scheduler gives its own schedules and the given bound: a schedule kept from an earlier run,
    /// shown again without searching. Throws when a meeting does not fit the instance.
    public static func assemble(
        _ instance: MeetingInstance, meetings: [LockedMeeting], bound: WeightUpperBound, seed: UInt64
    ) throws(MeetingInstanceError) -> MeetingSchedule {
        try instance.validate()
        let model = SessionModel(instance)
        let placed = try Placements(model: model, meetings: meetings, path: "$.meetings")
        let missing = (0..<model.requestCount).filter { placed.slot[$0] < 0 && model.isLocked($0) }
        if let request = missing.first {
            throw MeetingInstanceError(
                "$.lockedMeetings", value: MeetingInstanceIssue.quoted(instance.requests[request].id),
                "a locked meeting is not among the meetings held")
        }
        return ScheduleBuilder(model: model).build(
            slotOf: placed.slot, tableOf: placed.table, bound: bound, seed: seed)
    }

    /// The re-scheduling search from `kept`; the meetings of requests no longer in `instance` are left out.
    private static func keeping(
        _ kept: [LockedMeeting], in instance: MeetingInstance, options: MeetingSchedulerOptions
    ) throws(MeetingInstanceError) -> MeetingSchedule {
        let model = SessionModel(instance)
        let start = BoundedStart(model: model, options: options, forBoundOnly: true)
        let placed = try Placements(model: model, meetings: kept, path: "$.previous.meetings", leavingOutUnknown: true)
        var state = placed.state
        var improver = ScheduleImprover(
            state: state, order: start.order, target: start.bound.value, effort: options.effort, mayDrop: false,
            seed: options.seed)
        improver.run()
        state = improver.state
        let tables = TableAssignment(model: model, slotOf: state.slotOf).assign(
            previous: TableAssignment.Previous(slot: placed.slot, table: placed.table))
        return ScheduleBuilder(model: model).build(
            slotOf: state.slotOf, tableOf: tables, bound: start.bound, seed: options.seed)
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

/// Meetings given by ids, as the engine's slot and table numbers, checked against the instance: each request
/// (unless those no longer in it are to be left out), slot and table known, no two meetings in conflict,
/// availability, caps and locked meetings kept.
private struct Placements {
    var slot: [Int]
    var table: [Int]
    var state: SlotAssignment

    init(
        model: SessionModel, meetings: [LockedMeeting], path: String, leavingOutUnknown: Bool = false
    ) throws(MeetingInstanceError) {
        let instance = model.instance
        let requestIndex = Dictionary(uniqueKeysWithValues: instance.requests.enumerated().map { ($1.id, $0) })
        let slotIndex = Dictionary(uniqueKeysWithValues: instance.slots.enumerated().map { ($1.id, $0) })
        let tableIndex = Dictionary(uniqueKeysWithValues: instance.tables.enumerated().map { ($1.id, $0) })
        state = SlotAssignment(model: model)
        slot = [Int](repeating: -1, count: model.requestCount)
        table = [Int](repeating: -1, count: model.requestCount)
        var tableTaken = Set<Int>()
        for (position, meeting) in meetings.enumerated() {
            if leavingOutUnknown && requestIndex[meeting.requestID] == nil { continue }
            guard let request = requestIndex[meeting.requestID], slot[request] < 0,
                let slotNumber = slotIndex[meeting.slotID], let tableNumber = tableIndex[meeting.tableID],
                tableTaken.insert(slotNumber * model.tableCount + tableNumber).inserted,
                model.isLocked(request)
                    ? model.lockedSlot[request] == slotNumber && model.lockedTable[request] == tableNumber
                    : state.canPlace(request, in: slotNumber)
            else {
                throw MeetingInstanceError(
                    "\(path)[\(position)]", value: MeetingInstanceIssue.quoted(meeting.requestID),
                    "the previous schedule does not fit its instance: this meeting conflicts with another, a "
                        + "participant's availability or cap, or a locked meeting")
            }
            slot[request] = slotNumber
            table[request] = tableNumber
            if !model.isLocked(request) { state.place(request, in: slotNumber) }
        }
    }
}
