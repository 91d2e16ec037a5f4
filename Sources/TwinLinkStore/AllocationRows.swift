import Foundation
internal import GRDB
import TwinLinkAllocation
import TwinLinkDomain
import TwinLinkLocalization

// Rows of the allocation tables with their mapping to and from the allocation types. Instants
// are stored as UTC text with whole seconds; structured values as JSON with sorted keys.

/// The snake-case column mapping every allocation row uses.
protocol AllocationRow: Codable, FetchableRecord, PersistableRecord {}

extension AllocationRow {
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

/// JSON text with sorted keys, and back; a stored value that no longer decodes is reported with
/// its table and row.
enum StoredJSON {
    static func text<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try JSONEncoder.stableCompact.encode(value), as: UTF8.self)
    }

    static func value<T: Decodable>(_ type: T.Type, from text: String, _ table: String, _ id: String, _ column: String)
        throws -> T
    {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError.corrupt(
                table: table, column: column, id: id,
                message: "the database holds invalid JSON in \(table).\(column) for '\(id)': \(error)")
        }
    }
}

/// The single row of `regulations`.
struct RegulationsRow: AllocationRow {
    static let databaseTableName = "regulations"
    var id = 1
    var rules: String
    var savedAt: String
}

/// A row of `allocation_runs`.
struct AllocationRunRow: AllocationRow {
    static let databaseTableName = "allocation_runs"
    var id: String
    var activityId: String
    var version: Int
    var ranAt: String
    var seed: String
    var inputsHash: String
    var actor: String
    var provisional: Bool
    var cause: String
    var seats: Int
    var quotas: String
    var notes: String
    /// `nil` for versions stored before the notes were messages.
    var noteMessages: String?

    init(_ version: AllocationVersion) throws {
        let run = version.run
        id = run.id.rawValue
        activityId = run.activityID.rawValue
        self.version = run.version
        ranAt = ZonedInstant.formatUTC(run.ranAt)
        seed = String(run.seed)
        inputsHash = run.inputsHash
        actor = run.actor
        provisional = version.provisional
        cause = version.trigger
        seats = version.seats
        quotas = try StoredJSON.text(version.quotas)
        notes = try StoredJSON.text(version.notes)
        noteMessages = version.noteMessages.isEmpty ? nil : try StoredJSON.text(version.noteMessages)
    }

    func domain(decisions: [ApplicationDecision]) throws -> AllocationVersion {
        let t = Self.databaseTableName
        let run = AllocationRun(
            id: try stored(Identifier(rawValue: id), t, id, "id", id),
            activityID: try stored(Identifier(rawValue: activityId), t, id, "activity_id", activityId),
            version: version, ranAt: try stored(ZonedInstant.parseInstant(ranAt), t, id, "ran_at", ranAt),
            seed: try stored(UInt64(seed), t, id, "seed", seed), inputsHash: inputsHash, actor: actor)
        return AllocationVersion(
            run: run, provisional: provisional, trigger: cause, seats: seats,
            quotas: try StoredJSON.value([QuotaUse].self, from: quotas, t, id, "quotas"),
            notes: try StoredJSON.value([String].self, from: notes, t, id, "notes"), decisions: decisions,
            noteMessages: try noteMessages.map {
                try StoredJSON.value([Message].self, from: $0, t, id, "note_messages")
            }
                ?? [])
    }
}

/// A row of `allocation_decisions`: the plain columns other features read (outcome, seats, rank,
/// reason) and the whole decision as JSON for explanations.
struct AllocationDecisionRow: AllocationRow {
    static let databaseTableName = "allocation_decisions"
    var runId: String
    var applicationId: String
    var outcome: String
    var seats: Int?
    var rank: Int?
    var reasonCode: String
    var explanation: String
    var priorityScore: Int?
    var detail: String

    init(_ decision: ApplicationDecision, run: Identifier<AllocationRun>) throws {
        runId = run.rawValue
        applicationId = decision.applicationID.rawValue
        switch decision.outcome {
        case .accepted(let seats):
            outcome = "accepted"
            self.seats = seats
        case .waitlisted(let rank):
            outcome = "waitlisted"
            self.rank = rank
        case .rejected:
            outcome = "rejected"
        }
        reasonCode = decision.reason.rawValue
        explanation = decision.explanation
        priorityScore = decision.score?.total
        detail = try StoredJSON.text(decision)
    }

    func domain() throws -> ApplicationDecision {
        try StoredJSON.value(
            ApplicationDecision.self, from: detail, Self.databaseTableName, "\(runId)/\(applicationId)", "detail")
    }
}

/// A row of `allocation_withdrawals`.
struct AllocationWithdrawalRow: AllocationRow {
    static let databaseTableName = "allocation_withdrawals"
    var applicationId: String
    var at: String
    var recordedBy: String
    var reason: String?

    init(_ withdrawal: Withdrawal, of application: Identifier<Application>) {
        applicationId = application.rawValue
        at = ZonedInstant.formatUTC(withdrawal.at)
        recordedBy = withdrawal.recordedBy ?? "the applicant"
        reason = withdrawal.reason
    }

    func domain() throws -> (Identifier<Application>, Withdrawal) {
        let t = Self.databaseTableName
        return (
            try stored(Identifier(rawValue: applicationId), t, applicationId, "application_id", applicationId),
            Withdrawal(
                at: try stored(ZonedInstant.parseInstant(at), t, applicationId, "at", at), recordedBy: recordedBy,
                reason: reason)
        )
    }
}

/// A row of `allocation_overrides`.
struct AllocationOverrideRow: AllocationRow {
    static let databaseTableName = "allocation_overrides"
    var id: Int64?
    var applicationId: String
    var action: String
    var seats: Int?
    var actor: String
    var reason: String
    var at: String

    init(_ override: ManualOverride) {
        applicationId = override.applicationID.rawValue
        switch override.action {
        case .accept(let seats):
            action = "accept"
            self.seats = seats
        case .reject:
            action = "reject"
        }
        actor = override.actor
        reason = override.reason
        at = ZonedInstant.formatUTC(override.at)
    }

    func domain() throws -> ManualOverride {
        let t = Self.databaseTableName
        let key = String(id ?? 0)
        let kind: ManualOverride.Action
        switch (action, seats) {
        case ("accept", let seats?): kind = .accept(seats: seats)
        case ("reject", _): kind = .reject
        default: throw StoreError.invalidValue(t, "action", key, action)
        }
        return ManualOverride(
            applicationID: try stored(Identifier(rawValue: applicationId), t, key, "application_id", applicationId),
            action: kind, actor: actor, reason: reason,
            at: try stored(ZonedInstant.parseInstant(at), t, key, "at", at))
    }
}

/// A row of `audit_log`.
struct AuditRow: AllocationRow {
    static let databaseTableName = "audit_log"
    var id: Int64?
    var at: String
    var actor: String
    var action: String
    var subject: String
    var detail: String

    init(_ entry: AuditEntry) {
        at = ZonedInstant.formatUTC(entry.at)
        actor = entry.actor
        action = entry.action
        subject = entry.subject
        detail = entry.detail
    }

    func domain() throws -> AuditEntry {
        let key = String(id ?? 0)
        return AuditEntry(
            at: try stored(ZonedInstant.parseInstant(at), Self.databaseTableName, key, "at", at), actor: actor,
            action: action, subject: subject, detail: detail)
    }
}
