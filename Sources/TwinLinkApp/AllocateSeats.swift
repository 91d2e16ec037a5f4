public import Foundation
import TwinLinkAllocation
public import TwinLinkDomain
import TwinLinkStore

/// Use case: apply the regulations to an activity's applications and store the result as a new
/// version, with its inputs' hash, its seed and an audit entry. A re-run keeps every seat of the
/// latest final version, so nobody loses a seat because of it; a run on unchanged inputs stores
/// nothing.
public enum AllocateSeats {
    /// Allocates the seats of one study visit.
    /// - Parameters:
    ///   - now: the instant of the run; its day in the home zone decides whether applications are
    ///     still open (a provisional run) and which visits have already taken place (rotation).
    ///   - actor: who runs it, for the audit trail.
    ///   - cause: why it runs, for the audit trail (`allocate`, `withdrawal of app-0103`).
    ///   - dryRun: compute and return the result without storing it.
    public static func run(
        activity id: Identifier<Activity>, workspace: Workspace, now: Date, actor: String, cause: String = "allocate",
        dryRun: Bool = false
    ) async throws(TwinLinkError) -> AllocationOutcome {
        let path = workspace.databasePath
        let body: @Sendable (RegistryAccess) throws -> AllocationOutcome = { access in
            try allocate(
                activity: id, in: access, databasePath: path, now: now, actor: actor, cause: cause, dryRun: dryRun)
        }
        // One write transaction: what the run reads is what it decides on, and a concurrent run waits.
        return dryRun ? try await workspace.read(body) : try await workspace.write(body)
    }

    /// Allocates every study visit that has applications, earliest first, so that the visits
    /// already made count for the rotation of later ones, in one transaction. Without
    /// regulations, allocates nothing and says why.
    public static func runAll(workspace: Workspace, now: Date, actor: String, cause: String = "main job")
        async throws(TwinLinkError) -> AllocationBatch
    {
        let path = workspace.databasePath
        return try await workspace.write { access in
            let registry = try Workspace.registry(in: access, databasePath: path)
            guard let regulations = try access.regulations() else {
                return AllocationBatch(
                    outcomes: [],
                    skipped: "no regulations imported (regulations.yaml in the registry folder): nothing allocated")
            }
            let inputs = try AllocationInputs(registry: registry, regulations: regulations, access: access)
            // Study visits with applications, and online meetings that applications name (when the
            // regulations take applications to online meetings).
            let applied = Set(registry.applications.map(\.seatActivityID))
            let visits = inputs.activities.values.filter {
                $0.status != .cancelled && applied.contains($0.id)
                    && regulations.rules(for: $0.id, kind: $0.kind) != nil
            }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            var outcomes: [AllocationOutcome] = []
            let progress = ProgressLine("study visits", total: visits.count, minimum: 10)
            defer { progress.finish() }
            for visit in visits {
                defer { progress.advance() }
                outcomes.append(
                    try allocate(visit, inputs: inputs, now: now, actor: actor, cause: cause, dryRun: false))
            }
            return AllocationBatch(outcomes: outcomes)
        }
    }

    // MARK: - Steps

    /// Allocates study visit `id` inside a running transaction (an allocation, or a withdrawal or
    /// override that re-runs it): everything it reads and writes belongs to that transaction.
    static func allocate(
        activity id: Identifier<Activity>, in access: RegistryAccess, databasePath: String, now: Date, actor: String,
        cause: String, dryRun: Bool
    ) throws -> AllocationOutcome {
        let registry = try Workspace.registry(in: access, databasePath: databasePath)
        guard let regulations = try access.regulations() else {
            throw TwinLinkError.notReady(
                "the database \(databasePath) has no regulations: put regulations.yaml (see "
                    + "docs/regulations-format.md) in the registry folder", next: .importRegulations)
        }
        let inputs = try AllocationInputs(registry: registry, regulations: regulations, access: access)
        let activity = try studyVisit(id, inputs: inputs, registry: registry)
        var outcome = try allocate(activity, inputs: inputs, now: now, actor: actor, cause: cause, dryRun: dryRun)
        if outcome.status == .stored {
            outcome.session = try ScheduleSessionMeetings.follow(
                allocationOf: activity, in: access, registry: registry, now: now)
        }
        return outcome
    }

    /// The study visit `id`, or an error that says which ids exist.
    static func studyVisit(_ id: Identifier<Activity>, inputs: AllocationInputs, registry: Registry)
        throws(TwinLinkError) -> Activity
    {
        guard !inputs.activities.isEmpty else {
            throw .notReady("no activities are planned yet", next: .plan)
        }
        guard let activity = inputs.activities[id] else {
            let applied = Set(registry.applications.map(\.seatActivityID))
            let candidates = inputs.activities.values.filter { applied.contains($0.id) }.map(\.id.rawValue).sorted()
            throw .notFound(
                "no activity '\(id)'; study visits with applications: \(candidates.joined(separator: ", "))")
        }
        // An online meeting's seats are allocated too: to the firms that applied to it alone.
        guard activity.isStudyVisit || activity.kind.isOnline else {
            let visit = Activity.plannedID(.outgoingStudyVisit, for: activity.eventID)
            throw .invalidArgument(
                "\(id) is an activity of kind \(activity.kind.rawValue); seats are allocated for study visits, "
                    + "such as \(visit), and for online meetings firms apply to alone; a visit's accepted "
                    + "delegates take part in the event's other activities")
        }
        return activity
    }

    static func allocate(
        _ activity: Activity, inputs: AllocationInputs, now: Date, actor: String, cause: String, dryRun: Bool
    ) throws -> AllocationOutcome {
        let access = inputs.access
        let zone = inputs.registry.programme.homeCity.timeZone.timeZone
        let input = try inputs.input(for: activity, today: LocalDate(now, in: zone))
        let latest = try inputs.latestAllocations()[activity.id]
        // Unchanged inputs give the stored result: the allocation is not run again.
        if let latest, latest.run.inputsHash == input.inputsHash {
            return AllocationOutcome(
                activity: activity, status: .unchanged, version: latest, previous: latest, changes: [])
        }
        let result = SeatAllocator().allocateSeats(for: input)
        let number = (latest?.run.version ?? 0) + 1
        let run = AllocationRun(
            id: runID(activity.id, version: number), activityID: activity.id, version: number,
            ranAt: Date(timeIntervalSince1970: now.timeIntervalSince1970.rounded(.down)), seed: result.seed,
            inputsHash: result.inputsHash, actor: actor)
        let version = AllocationVersion(run: run, result: result, trigger: cause)
        let changes = AllocationDiff.changes(from: latest?.storedDecisions ?? [], to: version.storedDecisions)
        if !dryRun {
            try access.saveAllocation(version, audit: auditEntry(version, changes: changes, firstRun: latest == nil))
            inputs.stored(version)
        }
        return AllocationOutcome(
            activity: activity, status: dryRun ? .dryRun : .stored, version: version, previous: latest,
            changes: latest == nil ? [] : changes)
    }

    /// `visit-ev-2027-05-nuremberg-forum.v2`; a hash of the activity id where that would pass 64
    /// characters.
    static func runID(_ activity: Identifier<Activity>, version: Int) -> Identifier<AllocationRun> {
        let suffix = ".v\(version)"
        let plain = activity.rawValue + suffix
        if plain.utf8.count <= 64 { return Identifier(trusted: plain) }
        return Identifier(trusted: "run-" + SHA256.hex(activity.rawValue).prefix(32) + suffix)
    }

    private static func auditEntry(_ version: AllocationVersion, changes: [AllocationChange], firstRun: Bool)
        -> AuditEntry
    {
        let counts = version.counts
        var detail =
            "version \(version.run.version) (\(version.trigger))\(version.provisional ? ", provisional" : ""): "
            + "\(counts.summary); "
            + "seed \(version.run.seed); inputs sha256 \(version.run.inputsHash)"
        if !firstRun { detail += "; " + AllocationDiff.summary(changes) }
        return AuditEntry(
            at: version.run.ranAt, actor: version.run.actor, action: AuditEntry.allocate,
            subject: version.run.activityID.rawValue, detail: detail)
    }
}
