/// Turns the engine's slot and table numbers into a `MeetingSchedule` with its statistics.
struct ScheduleBuilder {
    let model: SessionModel

    func build(slotOf: [Int], tableOf: [Int], bound: WeightUpperBound, seed: UInt64) -> MeetingSchedule {
        let instance = model.instance
        var meetings: [(slot: Int, table: Int, meeting: PlacedMeeting)] = []
        var unscheduled: [String] = []
        var busy = [UInt64](repeating: 0, count: model.participantCount)
        var weight = 0
        var locked = 0
        for (index, request) in instance.requests.enumerated() {
            let slot = slotOf[index]
            guard slot >= 0 else {
                unscheduled.append(request.id)
                continue
            }
            let table = tableOf[index]
            meetings.append(
                (
                    slot, table,
                    PlacedMeeting(
                        requestID: request.id, slotID: instance.slots[slot].id, tableID: instance.tables[table].id,
                        participantA: request.participantA, participantB: request.participantB,
                        weight: request.weight, isLocked: model.isLocked(index))
                ))
            busy[model.endpointA[index]] |= SlotMask.bit(slot)
            busy[model.endpointB[index]] |= SlotMask.bit(slot)
            weight += request.weight
            if model.isLocked(index) { locked += 1 }
        }
        meetings.sort { ($0.slot, $0.table) < ($1.slot, $1.table) }
        let idle = (0..<model.participantCount).reduce(0) { total, participant in
            total + IdleCount.idle(busy: busy[participant], available: model.available[participant])
        }
        let statistics = ScheduleStatistics(
            weight: weight, meetingCount: meetings.count, lockedMeetingCount: locked,
            requestCount: instance.requests.count, unscheduledRequestCount: unscheduled.count,
            participantsMeeting: busy.count { $0 != 0 }, idleSlots: idle,
            tableChanges: Self.tableChanges(model: model, slotOf: slotOf, tableOf: tableOf))
        return MeetingSchedule(
            instance: instance, meetings: meetings.map(\.meeting), unscheduledRequestIDs: unscheduled, bound: bound,
            statistics: statistics, seed: seed)
    }

    /// Per participant, the number of consecutive meetings at different tables; summed.
    static func tableChanges(model: SessionModel, slotOf: [Int], tableOf: [Int]) -> Int {
        var tableAt = [Int](repeating: -1, count: model.participantCount * model.slotCount)
        for request in 0..<model.requestCount where slotOf[request] >= 0 {
            tableAt[model.endpointA[request] * model.slotCount + slotOf[request]] = tableOf[request]
            tableAt[model.endpointB[request] * model.slotCount + slotOf[request]] = tableOf[request]
        }
        var changes = 0
        for participant in 0..<model.participantCount {
            var last = -1
            for slot in 0..<model.slotCount {
                let table = tableAt[participant * model.slotCount + slot]
                if table < 0 { continue }
                if last >= 0 && table != last { changes += 1 }
                last = table
            }
        }
        return changes
    }
}
