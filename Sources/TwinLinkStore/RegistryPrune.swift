import Foundation
internal import GRDB
public import TwinLinkDomain

/// A stored registry record that the registry files no longer list.
public struct MissingRecord: Hashable, Sendable {
    /// The database table (`applications`).
    public var table: String
    public var id: String
    /// What depends on it, so that it cannot be retired; empty when it can.
    public var dependents: [String]
}

/// A record of the files that breaks a unique rule with a stored record of another id.
public struct UniqueConflict: Hashable, Sendable {
    public var table: String
    /// The record in the files.
    public var id: String
    /// The columns of the rule and the record's values for them.
    public var columns: [String]
    public var values: [String]
    /// The stored record that holds the same values.
    public var otherID: String
    /// Whether the files still list the other record.
    public var otherInFiles: Bool
}

extension RegistryRow {
    /// The stored rows by id; without the retired ones unless asked.
    static func inUse(includingRetired: Bool) -> QueryInterfaceRequest<Self> {
        (includingRetired ? all() : filter(sql: "retired_at IS NULL")).order(Column("id"))
    }
}

extension RegistryStore {
    /// The registry's ids per database table, as the files list them.
    static func idsInFiles(_ registry: Registry) -> [String: Set<String>] {
        [
            "people": Set(registry.people.map(\.id.rawValue)),
            "partner_cities": Set(registry.partnerCities.map(\.id.rawValue)),
            "local_enterprises": Set(registry.enterprises.map(\.id.rawValue)),
            "enterprise_links": Set(registry.enterpriseLinks.map(\.id.rawValue)),
            "partner_enterprises": Set(registry.partnerEnterprises.map(\.id.rawValue)),
            "mutual_events": Set(registry.events.map(\.id.rawValue)),
            "applications": Set(registry.applications.map(\.id.rawValue)),
            "meeting_requests": Set(registry.meetingRequests.map(\.id.rawValue)),
        ]
    }

    /// Stored records in use that the files no longer list (events from partners' calendar feeds
    /// are not the files' to drop), each with what depends on it.
    public func missingRecords(from registry: Registry) throws(StoreError) -> [MissingRecord] {
        try read { db in try Self.missingRecords(from: registry, db) }
    }

    static func missingRecords(from registry: Registry, _ db: Database) throws -> [MissingRecord] {
        let inFiles = idsInFiles(registry)
        var missing: [MissingRecord] = []
        for table in Migrations.historyTables {
            let feeds = table == "mutual_events" ? " AND (source IS NULL OR source NOT LIKE 'feed:%')" : ""
            let stored = try String.fetchAll(
                db,
                sql: "SELECT id FROM \(table.quotedDatabaseIdentifier) WHERE retired_at IS NULL\(feeds) ORDER BY id")
            for id in stored where !(inFiles[table]?.contains(id) ?? false) {
                missing.append(MissingRecord(table: table, id: id, dependents: try dependents(table, id, db)))
            }
        }
        return missing
    }

    /// What keeps a record in use: an accepted seat, an invite sent and not cancelled.
    private static func dependents(_ table: String, _ id: String, _ db: Database) throws -> [String] {
        let sentToActivities = { (join: String, condition: String) throws -> [String] in
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT i.activity_id FROM invites i \(join)
                    WHERE \(condition) AND i.last_method = 'REQUEST' ORDER BY i.activity_id
                    """, arguments: [id])
        }
        switch table {
        case "applications":
            return try acceptedSeats(ofApplicationsWhere: "a.id = ?", id, db).map { seat in
                "it holds an accepted seat at \(seat.activity) (allocation version \(seat.version)): withdraw "
                    + "application \(id) first"
            }
        case "local_enterprises":
            return try acceptedSeats(ofApplicationsWhere: "a.enterprise_id = ?", id, db).map { seat in
                "its application \(seat.application) holds an accepted seat at \(seat.activity) (allocation version "
                    + "\(seat.version)): withdraw application \(seat.application) first"
            }
        case "people":
            return try sentToActivities("", "i.person_id = ?").map {
                "was sent the invite to \($0), not cancelled"
            }
        case "meeting_requests":
            return try sentToActivities("", "i.meeting_request_id = ?").map {
                "its 1:1 meeting at \($0) was sent in invites, not cancelled"
            }
        case "partner_enterprises":
            return try sentToActivities(
                "JOIN meeting_requests m ON m.id = i.meeting_request_id", "m.partner_enterprise_id = ?"
            )
            .map { "its 1:1 meetings at \($0) were sent in invites, not cancelled" }
        case "mutual_events":
            return try sentToActivities("JOIN activities a ON a.id = i.activity_id", "a.event_id = ?").map {
                "invites to \($0), planned on it, were sent and not cancelled"
            }
        case "partner_cities":
            return try sentToActivities("JOIN activities a ON a.id = i.activity_id", "a.partner_city_id = ?").map {
                "invites to \($0), held with it, were sent and not cancelled"
            }
        default:
            return []
        }
    }

    private static func acceptedSeats(ofApplicationsWhere condition: String, _ id: String, _ db: Database) throws
        -> [(application: String, activity: String, version: Int)]
    {
        try Row.fetchAll(
            db,
            sql: """
                SELECT a.id, r.activity_id, r.version FROM applications a
                JOIN allocation_decisions d ON d.application_id = a.id
                JOIN (\(RegistryAccess.latestRunsSQL)) r ON r.id = d.run_id
                WHERE \(condition) AND d.outcome = 'accepted' AND a.withdrawn_at IS NULL
                  AND NOT EXISTS (SELECT 1 FROM allocation_withdrawals w WHERE w.application_id = a.id)
                ORDER BY r.activity_id, a.id
                """, arguments: [id]
        ).map { (application: $0[0], activity: $0[1], version: $0[2]) }
    }

    /// Records of the files that a stored record of another id, still in use, holds a unique value
    /// of (an e-mail address; the same event and SME; the same event, SME and partner firm):
    /// typically an id renamed in the files.
    public func uniqueConflicts(in registry: Registry) throws(StoreError) -> [UniqueConflict] {
        let inFiles = Self.idsInFiles(registry)
        let rules: [(table: String, columns: [String], rows: [(id: String, values: [String])])] = [
            ("people", ["email"], registry.people.map(PersonRow.init).map { ($0.id, [$0.email]) }),
            (
                "applications", ["event_id", "enterprise_id"],
                registry.applications.map(ApplicationRow.init).map { ($0.id, [$0.eventId, $0.enterpriseId]) }
            ),
            (
                "meeting_requests", ["event_id", "enterprise_id", "partner_enterprise_id"],
                registry.meetingRequests.map(MeetingRequestRow.init).map {
                    ($0.id, [$0.eventId, $0.enterpriseId, $0.partnerEnterpriseId])
                }
            ),
        ]
        return try read { db in
            var conflicts: [UniqueConflict] = []
            for rule in rules {
                let condition = rule.columns.map { "\($0.quotedDatabaseIdentifier) = ?" }.joined(separator: " AND ")
                let statement = try db.makeStatement(
                    sql: "SELECT id FROM \(rule.table.quotedDatabaseIdentifier) WHERE \(condition) AND id <> ? "
                        + "AND retired_at IS NULL ORDER BY id")
                for row in rule.rows {
                    let others = try String.fetchAll(statement, arguments: StatementArguments(row.values + [row.id]))
                    for other in others where !(inFiles[rule.table]?.contains(other) ?? false) {
                        conflicts.append(
                            UniqueConflict(
                                table: rule.table, id: row.id, columns: rule.columns, values: row.values,
                                otherID: other, otherInFiles: false))
                    }
                }
            }
            return conflicts
        }
    }

    /// Inside an import's transaction: retires the records the files no longer list, stamped
    /// `now`. Refuses (nothing changes) if anything depends on one of them.
    static func retireMissing(from registry: Registry, at now: Date, _ db: Database) throws -> [String: [String]] {
        let missing = try missingRecords(from: registry, db)
        let blocked = missing.filter { !$0.dependents.isEmpty }
        guard blocked.isEmpty else {
            throw StoreError(
                "cannot retire records that are still in use, nothing was changed: "
                    + blocked.map { "\($0.table) \($0.id): \($0.dependents.joined(separator: "; "))" }
                    .joined(separator: "; "))
        }
        var retired: [String: [String]] = [:]
        for record in missing {
            try db.execute(
                sql: "UPDATE \(record.table.quotedDatabaseIdentifier) SET retired_at = ? WHERE id = ?",
                arguments: [ZonedInstant.formatUTC(now), record.id])
            retired[record.table, default: []].append(record.id)
        }
        return retired
    }

    /// Inside an import's transaction, after the records were written: puts records the files
    /// list again back in use, and notes per table which records the files no longer list
    /// (kept) and which were retired.
    static func recordHistory(
        _ changes: RegistryChanges, registry: Registry, retired: [String: [String]], _ db: Database
    ) throws -> RegistryChanges {
        var changes = changes
        let inFiles = idsInFiles(registry)
        let missing = Dictionary(grouping: try missingRecords(from: registry, db), by: \.table)
        for index in changes.tables.indices {
            let table = changes.tables[index].name
            guard let ids = inFiles[table] else { continue }
            let back = try String.fetchAll(
                db, sql: "SELECT id FROM \(table.quotedDatabaseIdentifier) WHERE retired_at IS NOT NULL ORDER BY id"
            ).filter { ids.contains($0) }
            for id in back {
                try db.execute(
                    sql: "UPDATE \(table.quotedDatabaseIdentifier) SET retired_at = NULL WHERE id = ?", arguments: [id])
            }
            changes.tables[index].returned = back.count
            changes.tables[index].notInFilesIDs = missing[table]?.map(\.id) ?? []
            changes.tables[index].notInFiles = changes.tables[index].notInFilesIDs.count
            changes.tables[index].retiredIDs = retired[table] ?? []
        }
        return changes
    }
}
