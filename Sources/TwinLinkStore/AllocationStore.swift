public import Foundation
internal import GRDB
public import TwinLinkAllocation
public import TwinLinkDomain

/// The allocation's part of the registry: the regulations, every version of every activity's
/// allocation, withdrawals, coordinators' overrides and the audit trail. Versions are only ever
/// added, never changed; each change writes its audit entry in the same transaction.
extension RegistryAccess {
    // MARK: - Regulations

    /// Stores the regulations, replacing the ones before; returns whether anything changed.
    @discardableResult
    public func saveRegulations(_ regulations: Regulations, at now: Date) throws -> Bool {
        try run { db in try Self.saveRegulations(regulations, at: now, db).changed }
    }

    /// Stores the regulations inside a running transaction (the import's, so that the registry
    /// and its regulations change together), as a line of the import's summary.
    static func saveRegulations(_ regulations: Regulations, at now: Date, _ db: Database) throws
        -> RegistryChanges.Table
    {
        var table = RegistryChanges.Table(name: RegulationsRow.databaseTableName)
        let row = RegulationsRow(rules: try StoredJSON.text(regulations), savedAt: ZonedInstant.formatUTC(now))
        if let old = try RegulationsRow.fetchOne(db, key: 1) {
            if old.rules == row.rules {
                table.unchanged = 1
            } else {
                try row.update(db)
                table.updated = 1
            }
        } else {
            try row.insert(db)
            table.inserted = 1
        }
        return table
    }

    /// The regulations stored with the registry, or `nil` before any were imported.
    public func regulations() throws -> Regulations? {
        try run { db in
            guard let row = try RegulationsRow.fetchOne(db, key: 1) else { return nil }
            return try StoredJSON.value(
                Regulations.self, from: row.rules, RegulationsRow.databaseTableName, "1", "rules")
        }
    }

    // MARK: - Versions

    /// The latest run of every activity's allocation: the one definition of "the latest version"
    /// that every query uses.
    static let latestRunsSQL = """
        SELECT * FROM allocation_runs r
        WHERE r.version = (SELECT MAX(version) FROM allocation_runs WHERE activity_id = r.activity_id)
        """

    /// Adds a version of an activity's allocation with every decision and its audit entry.
    /// Refused (nothing written) when the activity already has that version.
    public func saveAllocation(_ version: AllocationVersion, audit: AuditEntry) throws {
        try run { db in
            let run = version.run
            let exists =
                try AllocationRunRow.filter(Column("activity_id") == run.activityID.rawValue)
                .filter(Column("version") == run.version).fetchCount(db) > 0
            guard !exists else {
                throw StoreError.conflict(
                    "\(run.activityID) already has allocation version \(run.version); versions are never replaced")
            }
            try AllocationRunRow(version).insert(db)
            for decision in version.decisions {
                try AllocationDecisionRow(decision, run: run.id).insert(db)
            }
            try AuditRow(audit).insert(db)
        }
    }

    /// The latest version of `activity`'s allocation, or `nil` before its first run.
    public func latestAllocation(for activity: Identifier<Activity>) throws -> AllocationVersion? {
        try run { db in
            guard
                let row = try AllocationRunRow.filter(Column("activity_id") == activity.rawValue)
                    .order(Column("version").desc).fetchOne(db)
            else { return nil }
            return try Self.version(row, db)
        }
    }

    /// Every version of `activity`'s allocation, oldest first.
    public func allocationVersions(for activity: Identifier<Activity>) throws -> [AllocationVersion] {
        try run { db in
            try AllocationRunRow.filter(Column("activity_id") == activity.rawValue).order(Column("version"))
                .fetchAll(db).map { try Self.version($0, db) }
        }
    }

    /// The latest version of every activity that has been allocated, by activity.
    public func latestAllocations() throws -> [Identifier<Activity>: AllocationVersion] {
        try run { db in
            let rows = try AllocationRunRow.fetchAll(
                db, sql: "SELECT * FROM (\(Self.latestRunsSQL)) ORDER BY activity_id")
            var versions: [Identifier<Activity>: AllocationVersion] = [:]
            for row in rows {
                let version = try Self.version(row, db)
                versions[version.run.activityID] = version
            }
            return versions
        }
    }

    private static func version(_ row: AllocationRunRow, _ db: Database) throws -> AllocationVersion {
        let decisions = try AllocationDecisionRow.filter(Column("run_id") == row.id).order(Column("application_id"))
            .fetchAll(db).map { try $0.domain() }
        return try row.domain(decisions: decisions)
    }

    // MARK: - Withdrawals and overrides

    /// Records that an application is withdrawn, with its audit entry. Refused when a withdrawal
    /// is already recorded for it.
    public func recordWithdrawal(_ withdrawal: Withdrawal, of application: Identifier<Application>, audit: AuditEntry)
        throws
    {
        try run { db in
            if let old = try AllocationWithdrawalRow.fetchOne(db, key: application.rawValue) {
                throw StoreError.conflict(
                    "\(application) was already withdrawn on \(old.at) (recorded by \(old.recordedBy))")
            }
            try AllocationWithdrawalRow(withdrawal, of: application).insert(db)
            try AuditRow(audit).insert(db)
        }
    }

    /// The withdrawals recorded with `twinlink withdraw`, by application.
    public func recordedWithdrawals() throws -> [Identifier<Application>: Withdrawal] {
        try run { db in
            Dictionary(
                try AllocationWithdrawalRow.fetchAll(db).map { try $0.domain() },
                uniquingKeysWith: { first, _ in first })
        }
    }

    /// Records a coordinator's override with its audit entry.
    public func recordOverride(_ override: ManualOverride, audit: AuditEntry) throws {
        try run { db in
            try AllocationOverrideRow(override).insert(db)
            try AuditRow(audit).insert(db)
        }
    }

    /// Every override of the given applications, oldest first.
    public func overrides(of applications: Set<Identifier<Application>>) throws -> [ManualOverride] {
        try run { db in
            try AllocationOverrideRow.filter(applications.map(\.rawValue).contains(Column("application_id")))
                .order(Column("at"), Column("id")).fetchAll(db).map { try $0.domain() }
        }
    }

    // MARK: - Audit trail

    /// The audit trail, oldest first: all of it, or what concerns one subject (an activity).
    public func auditTrail(subject: String? = nil) throws -> [AuditEntry] {
        try run { db in
            var request = AuditRow.order(Column("id"))
            if let subject { request = request.filter(Column("subject") == subject) }
            return try request.fetchAll(db).map { try $0.domain() }
        }
    }
}
