/// A proven upper bound on the total weight that any feasible schedule of the instance can reach.
///
/// Every feasible schedule is the locked meetings plus a set of other meetings in which (a) each participant
/// meets at most `min(cap left, slots they could use)` times, (b) each request is held at most once, and
/// (c) each slot holds at most `min(tables left, participants who could meet then / 2)` meetings. Dropping the
/// slot of each meeting but keeping (a), (b) and the sum of (c) over slots is a relaxation: a weighted
/// b-matching with a cardinality limit, whose linear programme is a min-cost flow. Its optimum, plus the
/// locked weight, can only be larger than what a schedule achieves, so it bounds every schedule.
public struct WeightUpperBound: Sendable, Hashable {
    /// The bound: `lockedWeight` plus the weight of the relaxation with the meeting limit.
    public var value: Int
    /// The weight of the locked meetings, which every schedule holds.
    public var lockedWeight: Int
    /// The bound without the meeting limit: locked weight plus the b-matching relaxation over participants'
    /// caps and usable slots alone.
    public var matchingBound: Int
    /// The most meetings any schedule can hold, locked ones included: per slot, the smaller of the free tables
    /// and the meetings the participants who could meet then can form.
    public var meetingLimit: Int

    public init(value: Int, lockedWeight: Int, matchingBound: Int, meetingLimit: Int) {
        self.value = value
        self.lockedWeight = lockedWeight
        self.matchingBound = matchingBound
        self.meetingLimit = meetingLimit
    }
}
