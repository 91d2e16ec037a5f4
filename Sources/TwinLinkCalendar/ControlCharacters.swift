/// Finds control characters (Unicode category Cc: U+0000–U+001F and U+007F–U+009F) by scanning
/// UTF-8 bytes, without looking up each scalar's properties: the writer checks every invite's
/// UID, addresses and names, and almost all of them hold none.
enum ControlCharacters {
    /// Whether `text` holds a control character other than those `allowed` (ASCII ones).
    static func contained(in text: String, allowing allowed: Set<UInt8> = []) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x7F {
                if !allowed.contains(byte) { return true }
            } else if previous == 0xC2, (0x80...0x9F).contains(byte) {
                // U+0080–U+009F, encoded C2 80 – C2 9F.
                return true
            }
            previous = byte
        }
        return false
    }
}
