/// A 64-bit FNV-1a hash of text: the same on every platform and every run (unlike `Hasher`), so
/// ids and room names derived from it are stable.
public enum StableHash {
    public static func fnv1a(_ text: String) -> UInt64 {
        fnv1a(bytes: text.utf8)
    }

    /// FNV-1a of any bytes, continuing from `hash` (the offset basis by default), so that several
    /// parts can be hashed in turn.
    public static func fnv1a(bytes: some Sequence<UInt8>, from hash: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// FNV-1a of the UTF-8 bytes of `parts`, each followed by a 0 byte, as 16 lowercase
    /// hexadecimal digits (Message-IDs, MIME boundaries).
    public static func hex(_ parts: String...) -> String {
        hex(parts.reduce(0xcbf2_9ce4_8422_2325) { hash, part in fnv1a(bytes: part.utf8 + [0], from: hash) })
    }

    /// `value` as 16 lowercase hexadecimal digits.
    public static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// `text` if it has at most `limit` UTF-8 bytes, else its start, a hyphen and the hex hash of
    /// the whole, `limit` bytes in all: still unique, still recognisable.
    public static func shortened(_ text: String, limit: Int) -> String {
        guard text.utf8.count > limit else { return text }
        let suffix = String(fnv1a(text), radix: 16)
        var start = Substring(text)
        while start.utf8.count > limit - suffix.count - 1 { start.removeLast() }
        return start + "-" + suffix
    }
}
