/// Gives each held meeting a table, keeping participants at the table of their previous meeting where it can:
/// the third objective. Slots are already fixed, so tables never change weight or idle slots.
///
/// Slot by slot, locked meetings keep their tables; when re-scheduling, meetings still in their previous slot
/// keep their previous table, then moved ones try to keep theirs; then each meeting takes the table where the
/// busier of its participants sat last, else the other's, else the first free table. A final pass moves a
/// meeting to a free table, or swaps tables with another meeting of its slot, when that lowers the number of
/// table changes; it leaves locked meetings and meetings that kept their previous place alone.
struct TableAssignment {
    let model: SessionModel
    let slotOf: [Int]

    /// Where each request's meeting was before re-scheduling (slot and table, or -1).
    struct Previous {
        let slot: [Int]
        let table: [Int]
    }

    func assign(previous: Previous? = nil) -> [Int] {
        var tableOf = [Int](repeating: -1, count: model.requestCount)
        var lastTable = [Int](repeating: -1, count: model.participantCount)
        var meetingTotal = [Int](repeating: 0, count: model.participantCount)
        var bySlot = [[Int]](repeating: [], count: model.slotCount)
        for request in 0..<model.requestCount where slotOf[request] >= 0 {
            bySlot[slotOf[request]].append(request)
            meetingTotal[model.endpointA[request]] += 1
            meetingTotal[model.endpointB[request]] += 1
        }
        var takenStamp = [Int](repeating: -1, count: model.tableCount)
        for slot in 0..<model.slotCount {
            let bit = SlotMask.bit(slot)
            func isFree(_ table: Int) -> Bool {
                table >= 0 && takenStamp[table] != slot && model.tableAvailable[table] & bit != 0
            }
            func take(_ table: Int, for request: Int) {
                tableOf[request] = table
                takenStamp[table] = slot
            }
            var waiting: [Int] = []
            for request in bySlot[slot] where model.isLocked(request) { take(model.lockedTable[request], for: request) }
            if let previous {
                for request in bySlot[slot] where !model.isLocked(request) && previous.slot[request] == slot {
                    if isFree(previous.table[request]) { take(previous.table[request], for: request) }
                }
                for request in bySlot[slot] where tableOf[request] < 0 && isFree(previous.table[request]) {
                    take(previous.table[request], for: request)
                }
            }
            for request in bySlot[slot] where tableOf[request] < 0 { waiting.append(request) }
            var nextFree = 0
            for request in waiting {
                var a = model.endpointA[request]
                var b = model.endpointB[request]
                if meetingTotal[b] > meetingTotal[a] { swap(&a, &b) }
                if isFree(lastTable[a]) {
                    take(lastTable[a], for: request)
                } else if isFree(lastTable[b]) {
                    take(lastTable[b], for: request)
                } else {
                    while !isFree(nextFree) { nextFree += 1 }
                    take(nextFree, for: request)
                }
            }
            for request in bySlot[slot] {
                lastTable[model.endpointA[request]] = tableOf[request]
                lastTable[model.endpointB[request]] = tableOf[request]
            }
        }
        let fixed = (0..<model.requestCount).map { request in
            model.isLocked(request)
                || (previous.map { $0.slot[request] == slotOf[request] && $0.table[request] == tableOf[request] }
                    ?? false)
        }
        return TableChangeReduction(model: model, slotOf: slotOf, bySlot: bySlot, fixed: fixed).improve(tableOf)
    }
}
