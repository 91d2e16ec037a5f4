/// FNV-1a, 64 bit: a hash that is the same on every run and machine (Swift's `Hasher` is
/// seeded per process), for Message-IDs and MIME boundaries.
enum StableHash {
    /// 16 lowercase hexadecimal digits for the UTF-8 bytes of `parts`, each followed by a 0 byte.
    static func hex(_ parts: String...) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for byte in part.utf8 + [0] {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
