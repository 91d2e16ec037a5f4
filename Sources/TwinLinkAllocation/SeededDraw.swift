import TwinLinkDomain

/// The deterministic draw that orders applicants with equal priority scores: a 64-bit number per
/// application from the run's seed and the application's id (SplitMix64 over FNV-1a), the lower
/// number first. The same seed always gives the same order; a new seed gives a new draw.
public enum SeededDraw {
    /// The application's number in the draw made with `seed`.
    public static func number(seed: UInt64, applicationID: String) -> UInt64 {
        SplitMix64.mix(seed ^ StableHash.fnv1a(applicationID))
    }

    /// The seed of an activity's first run when none is given: derived from the activity's id.
    public static func defaultSeed(activityID: String) -> UInt64 {
        number(seed: 0x7477_696e_6c69_6e6b, applicationID: activityID)
    }
}
