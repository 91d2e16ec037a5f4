/// Local moves on tables within a slot that lower the participants' table changes.
struct TableChangeReduction {
    let model: SessionModel
    let slotOf: [Int]
    let bySlot: [[Int]]
    /// Per request: whether its table must stay (locked, or kept from the previous schedule).
    let fixed: [Bool]

    func improve(_ initial: [Int]) -> [Int] {
        var tableOf = initial
        // Per participant: their meetings in slot order.
        var agenda = [[Int]](repeating: [], count: model.participantCount)
        for slot in 0..<model.slotCount {
            for request in bySlot[slot].sorted() {
                agenda[model.endpointA[request]].append(request)
                agenda[model.endpointB[request]].append(request)
            }
        }
        var position = [Int](repeating: 0, count: 2 * model.requestCount)
        for participant in 0..<model.participantCount {
            for (index, request) in agenda[participant].enumerated() {
                let side = model.endpointA[request] == participant ? 0 : 1
                position[2 * request + side] = index
            }
        }
        /// Table changes around `request` for `participant` if the request sat at `table`.
        func changes(_ participant: Int, _ request: Int, at table: Int) -> Int {
            let side = model.endpointA[request] == participant ? 0 : 1
            let index = position[2 * request + side]
            let meetings = agenda[participant]
            var count = 0
            if index > 0 && tableOf[meetings[index - 1]] != table { count += 1 }
            if index + 1 < meetings.count && tableOf[meetings[index + 1]] != table { count += 1 }
            return count
        }
        func cost(_ request: Int, at table: Int) -> Int {
            changes(model.endpointA[request], request, at: table)
                + changes(model.endpointB[request], request, at: table)
        }
        var occupantOf = [Int](repeating: -1, count: model.tableCount)
        for _ in 0..<8 {
            var improved = false
            for slot in 0..<model.slotCount {
                let bit = SlotMask.bit(slot)
                for table in 0..<model.tableCount { occupantOf[table] = -1 }
                for request in bySlot[slot] { occupantOf[tableOf[request]] = request }
                for request in bySlot[slot] where !fixed[request] {
                    let current = tableOf[request]
                    var candidates: [Int] = []
                    for participant in [model.endpointA[request], model.endpointB[request]] {
                        let index = position[2 * request + (model.endpointA[request] == participant ? 0 : 1)]
                        let meetings = agenda[participant]
                        if index > 0 { candidates.append(tableOf[meetings[index - 1]]) }
                        if index + 1 < meetings.count { candidates.append(tableOf[meetings[index + 1]]) }
                    }
                    for table in candidates where table != current && model.tableAvailable[table] & bit != 0 {
                        let other = occupantOf[table]
                        if other >= 0 && fixed[other] { continue }
                        var delta = cost(request, at: table) - cost(request, at: current)
                        if other >= 0 { delta += cost(other, at: current) - cost(other, at: table) }
                        // A swap between two meetings of one participant pair is impossible within a slot.
                        if delta < 0 {
                            tableOf[request] = table
                            occupantOf[table] = request
                            occupantOf[current] = other
                            if other >= 0 { tableOf[other] = current }
                            improved = true
                            break
                        }
                    }
                }
            }
            if !improved { break }
        }
        return tableOf
    }
}
