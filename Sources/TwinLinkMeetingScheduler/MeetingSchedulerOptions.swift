/// How the scheduler searches. The result depends on these and the instance only, never on the clock.
public struct MeetingSchedulerOptions: Sendable, Hashable {
    /// Breaks ties between equally good choices; different seeds give different, equally valid schedules.
    public var seed: UInt64
    /// Scales the search budget (steps of the improvement searches, not seconds): 1 is the default, 0 keeps
    /// the construction alone, larger values search longer.
    public var effort: Int

    public init(seed: UInt64 = 0, effort: Int = 1) {
        self.seed = seed
        self.effort = max(0, effort)
    }
}
