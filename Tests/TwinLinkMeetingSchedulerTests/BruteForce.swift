import TwinLinkMeetingScheduler

/// The best weight of a tiny instance by exhaustive search over every request's slot (or none), with tables
/// counted per slot. Exponential: for a handful of requests only.
struct BruteForce {
    let instance: MeetingInstance

    func optimum() -> Int {
        let slots = instance.slots.map(\.id)
        let tables = slots.map { slot in instance.tables.count { !$0.unavailableSlotIDs.contains(slot) } }
        let participants = Dictionary(uniqueKeysWithValues: instance.participants.map { ($0.id, $0) })
        let lockedSlot = Dictionary(uniqueKeysWithValues: instance.lockedMeetings.map { ($0.requestID, $0.slotID) })
        // Locked requests first, so that the others find their slots taken.
        let requests =
            instance.requests.filter { lockedSlot[$0.id] != nil }
            + instance.requests.filter { lockedSlot[$0.id] == nil }
        var busy = Set<String>()
        var count: [String: Int] = [:]
        var load = [Int](repeating: 0, count: slots.count)
        var best = 0

        func fits(_ request: RequestedMeeting, _ slot: Int) -> Bool {
            guard load[slot] < tables[slot] else { return false }
            return [request.participantA, request.participantB].allSatisfy { id in
                let participant = participants[id]!
                return !participant.unavailableSlotIDs.contains(slots[slot]) && !busy.contains(id + "@" + slots[slot])
                    && count[id, default: 0] < participant.maximumMeetings
            }
        }
        func toggle(_ request: RequestedMeeting, _ slot: Int, on: Bool) {
            load[slot] += on ? 1 : -1
            for id in [request.participantA, request.participantB] {
                count[id, default: 0] += on ? 1 : -1
                if on { busy.insert(id + "@" + slots[slot]) } else { busy.remove(id + "@" + slots[slot]) }
            }
        }
        func search(_ index: Int, _ weight: Int) {
            if index == requests.count {
                best = max(best, weight)
                return
            }
            let request = requests[index]
            if let locked = lockedSlot[request.id], let slot = slots.firstIndex(of: locked) {
                toggle(request, slot, on: true)
                search(index + 1, weight + request.weight)
                toggle(request, slot, on: false)
                return
            }
            search(index + 1, weight)
            for slot in slots.indices where fits(request, slot) {
                toggle(request, slot, on: true)
                search(index + 1, weight + request.weight)
                toggle(request, slot, on: false)
            }
        }
        search(0, 0)
        return best
    }
}
