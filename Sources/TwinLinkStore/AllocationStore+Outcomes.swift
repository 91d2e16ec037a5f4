internal import GRDB
import TwinLinkAllocation
public import TwinLinkDomain
public import TwinLinkLocalization

/// What the documents read of an activity's latest allocation: the run, whether it was
/// provisional, its notes, and each decision as its columns hold it (outcome, reason code,
/// sentence, score). Not the decision's detail (the checks, the score's lines and the messages
/// behind the sentence): that is most of the table, and decoding it for every decision of every
/// activity cost a whole-programme run more memory than everything else together.
public struct AllocationOutcomes: Hashable, Sendable, Codable {
    public var run: AllocationRun
    public var provisional: Bool
    public var notes: [String]
    /// The notes as messages; empty for versions stored before messages.
    public var noteMessages: [Message]
    /// Sorted by application id, as ``AllocationVersion/storedDecisions``.
    public var decisions: [AllocationDecision]
}

extension RegistryAccess {
    /// The latest version of every activity's allocation as ``AllocationOutcomes``, by activity:
    /// the same decisions as `latestAllocations()` gives (as `storedDecisions`), read from the
    /// columns.
    public func latestAllocationOutcomes() throws -> [Identifier<Activity>: AllocationOutcomes] {
        try run { db in
            var decisions: [String: [AllocationDecision]] = [:]
            let rows = try Row.fetchCursor(
                db,
                sql: """
                    SELECT d.run_id, d.application_id, d.outcome, d.seats, d.rank, d.reason_code, d.explanation,
                           d.priority_score
                    FROM allocation_decisions d JOIN (\(Self.latestRunsSQL)) r ON r.id = d.run_id
                    """)
            let table = AllocationDecisionRow.databaseTableName
            while let row = try rows.next() {
                let run: String = row["run_id"]
                let application: String = row["application_id"]
                let key = "\(run)/\(application)"
                let outcome: AllocationDecision.Outcome
                switch row["outcome"] as String {
                case "accepted": outcome = .accepted(seats: row["seats"] ?? 0)
                case "waitlisted": outcome = .waitlisted(rank: row["rank"] ?? 0)
                default: outcome = .rejected
                }
                decisions[run, default: []].append(
                    AllocationDecision(
                        runID: try stored(Identifier(rawValue: run), table, key, "run_id", run),
                        applicationID: try stored(
                            Identifier(rawValue: application), table, key, "application_id", application),
                        outcome: outcome, reasonCode: row["reason_code"], explanation: row["explanation"],
                        priorityScore: row["priority_score"]))
            }
            var latest: [Identifier<Activity>: AllocationOutcomes] = [:]
            for row in try AllocationRunRow.fetchAll(db, sql: Self.latestRunsSQL) {
                let version = try row.domain(decisions: [])
                latest[version.run.activityID] = AllocationOutcomes(
                    run: version.run, provisional: version.provisional, notes: version.notes,
                    noteMessages: version.noteMessages,
                    decisions: (decisions[row.id] ?? []).sorted { $0.applicationID < $1.applicationID })
            }
            return latest
        }
    }
}
