public import TwinLinkAllocation
public import TwinLinkDomain

/// What allocating one activity did: the result, the version it is stored as, and how it differs
/// from the version before.
public struct AllocationOutcome: Sendable {
    /// What became of the run.
    public enum Status: String, Sendable {
        /// Stored as a new version.
        case stored
        /// The inputs are those of the latest version: nothing was stored.
        case unchanged
        /// Computed for a look only (`--dry-run`): nothing was stored.
        case dryRun = "dry_run"
        /// The latest stored version, as `twinlink decisions` lists it.
        case latest
    }

    public var activity: Activity
    public var status: Status
    /// The new version; for `unchanged`, the latest one; for `dryRun`, the one it would be.
    public var version: AllocationVersion
    /// The version before, if any.
    public var previous: AllocationVersion?
    /// Every application whose decision differs from the version before.
    public var changes: [AllocationChange]
    /// The event's 1:1 session, re-scheduled in the same transaction because the seats changed;
    /// `nil` when nothing was stored or the session was not scheduled yet (or has started).
    public var session: ScheduleSessionMeetings.Result?

    public init(
        activity: Activity, status: Status, version: AllocationVersion, previous: AllocationVersion?,
        changes: [AllocationChange]
    ) {
        self.activity = activity
        self.status = status
        self.version = version
        self.previous = previous
        self.changes = changes
    }
}
