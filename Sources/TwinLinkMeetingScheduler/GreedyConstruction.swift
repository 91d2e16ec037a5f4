/// Places requests in the given order, each in the open slot that adds the fewest idle slots, when both
/// participants have room; requests already placed stay where they are.
struct GreedyConstruction {
    let order: [Int]

    func run(on state: inout SlotAssignment) {
        for request in order where !state.isScheduled(request) && state.hasCapacity(for: request) {
            let open = state.openSlots(for: request)
            if open == 0 { continue }
            state.place(request, in: state.leastIdleSlot(for: request, among: open))
        }
    }
}
