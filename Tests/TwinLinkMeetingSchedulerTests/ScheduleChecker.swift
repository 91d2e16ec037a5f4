import TwinLinkMeetingScheduler

/// Checks a schedule against its instance from first principles, independently of the engine: every rule
/// the scheduler promises, and the statistics it reports. Returns the violations found.
struct ScheduleChecker {
    let schedule: MeetingSchedule

    var violations: [String] {
        let instance = schedule.instance
        var problems: [String] = []
        let requests = Dictionary(uniqueKeysWithValues: instance.requests.map { ($0.id, $0) })
        let participants = Dictionary(uniqueKeysWithValues: instance.participants.map { ($0.id, $0) })
        let tables = Dictionary(uniqueKeysWithValues: instance.tables.map { ($0.id, $0) })
        let slotOrder = Dictionary(uniqueKeysWithValues: instance.slots.enumerated().map { ($1.id, $0) })
        var seenRequests = Set<String>()
        var participantSlots = Set<String>()
        var tableSlots = Set<String>()
        var meetingsOf: [String: [Int]] = [:]
        var weight = 0
        for meeting in schedule.meetings {
            guard let request = requests[meeting.requestID] else {
                problems.append("\(meeting.requestID): unknown request")
                continue
            }
            if !seenRequests.insert(meeting.requestID).inserted { problems.append("\(meeting.requestID): held twice") }
            guard let slot = slotOrder[meeting.slotID] else {
                problems.append("\(meeting.requestID): unknown slot \(meeting.slotID)")
                continue
            }
            guard let table = tables[meeting.tableID] else {
                problems.append("\(meeting.requestID): unknown table \(meeting.tableID)")
                continue
            }
            if table.unavailableSlotIDs.contains(meeting.slotID) {
                problems.append("\(meeting.requestID): table \(table.id) unavailable in \(meeting.slotID)")
            }
            if !tableSlots.insert(table.id + "@" + meeting.slotID).inserted {
                problems.append("table \(table.id) hosts two meetings in \(meeting.slotID)")
            }
            for id in [request.participantA, request.participantB] {
                if participants[id]!.unavailableSlotIDs.contains(meeting.slotID) {
                    problems.append("\(meeting.requestID): \(id) unavailable in \(meeting.slotID)")
                }
                if !participantSlots.insert(id + "@" + meeting.slotID).inserted {
                    problems.append("\(id) in two meetings in \(meeting.slotID)")
                }
                meetingsOf[id, default: []].append(slot)
            }
            if meeting.weight != request.weight || meeting.participantA != request.participantA
                || meeting.participantB != request.participantB
            {
                problems.append("\(meeting.requestID): copied fields differ from the request")
            }
            weight += request.weight
        }
        for (id, slots) in meetingsOf where slots.count > participants[id]!.maximumMeetings {
            problems.append("\(id): \(slots.count) meetings over a cap of \(participants[id]!.maximumMeetings)")
        }
        for locked in instance.lockedMeetings {
            let held = schedule.meeting(for: locked.requestID)
            if held?.slotID != locked.slotID || held?.tableID != locked.tableID || held?.isLocked != true {
                problems.append("locked \(locked.requestID) not at \(locked.slotID)@\(locked.tableID)")
            }
        }
        let unscheduled = instance.requests.map(\.id).filter { !seenRequests.contains($0) }
        if unscheduled != schedule.unscheduledRequestIDs { problems.append("unscheduled list is wrong") }
        if weight != schedule.statistics.weight { problems.append("weight \(schedule.statistics.weight) != \(weight)") }
        if schedule.statistics.weight > schedule.bound.value {
            problems.append("weight \(schedule.statistics.weight) above the bound \(schedule.bound.value)")
        }
        let idle = meetingsOf.reduce(0) { total, entry in
            let slots = Set(entry.value)
            guard let first = slots.min(), let last = slots.max() else { return total }
            let unavailable = participants[entry.key]!.unavailableSlotIDs
            return total
                + (first...last).filter { !slots.contains($0) && !unavailable.contains(instance.slots[$0].id) }.count
        }
        if idle != schedule.statistics.idleSlots { problems.append("idle \(schedule.statistics.idleSlots) != \(idle)") }
        return problems
    }
}
