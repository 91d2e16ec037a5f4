/// What the main job's allocation stage did: an outcome per activity it allocated, and why it
/// allocated nothing when it could not.
public struct AllocationBatch: Sendable {
    public var outcomes: [AllocationOutcome]
    /// Set when no activity could be allocated, e.g. without regulations.
    public var skipped: String?

    public init(outcomes: [AllocationOutcome], skipped: String? = nil) {
        self.outcomes = outcomes
        self.skipped = skipped
    }
}
