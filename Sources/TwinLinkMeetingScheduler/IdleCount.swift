/// Counts a participant's idle slots: slots strictly between their first and last meeting in which they are
/// available and have no meeting. Slots they declared unavailable are not idle: they are busy elsewhere.
enum IdleCount {
    static func idle(busy: UInt64, available: UInt64) -> Int {
        guard busy != 0 else { return 0 }
        let first = busy.trailingZeroBitCount
        let last = 63 - busy.leadingZeroBitCount
        let span: UInt64 = last == 63 ? ~0 : (UInt64(1) << UInt64(last + 1)) - 1
        let between = span & ~((UInt64(1) << UInt64(first)) - 1)
        return (between & available & ~busy).nonzeroBitCount
    }
}
