/// The deterministic draw that orders applicants with equal priority scores: a 64-bit number per
/// application from the run's seed and the application's id (SplitMix64 over FNV-1a), the lower
/// number first. The same seed always gives the same order; a new seed gives a new draw.
public enum SeededDraw {
    /// The application's number in the draw made with `seed`.
    public static func number(seed: UInt64, applicationID: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in applicationID.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return splitMix(seed ^ hash)
    }

    /// The seed of an activity's first run when none is given: derived from the activity's id.
    public static func defaultSeed(activityID: String) -> UInt64 {
        number(seed: 0x7477_696e_6c69_6e6b, applicationID: activityID)
    }

    static func splitMix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
