/// Iteration over the slots of a 64-bit slot mask, lowest first.
struct SlotMask: Sequence, IteratorProtocol {
    private var remaining: UInt64

    init(_ mask: UInt64) {
        remaining = mask
    }

    mutating func next() -> Int? {
        guard remaining != 0 else { return nil }
        let slot = remaining.trailingZeroBitCount
        remaining &= remaining - 1
        return slot
    }

    static func bit(_ slot: Int) -> UInt64 { UInt64(1) << UInt64(slot) }
}
