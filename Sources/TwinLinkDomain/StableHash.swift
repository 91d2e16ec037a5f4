/// A 64-bit FNV-1a hash of text: the same on every platform and every run (unlike `Hasher`), so
/// ids and room names derived from it are stable.
public enum StableHash {
    public static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
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
