import Foundation
internal import GRDB
public import TwinLinkDomain

extension RegistryAccess {
    /// Every attendance record, by activity, person, day and meeting.
    public func attendance() throws -> [AttendanceEntry] {
        try run { db in
            try AttendanceRow.order(
                Column("activity_id"), Column("person_id"), Column("day"), Column("meeting_request_id")
            ).fetchAll(db).map { try $0.domain() }
        }
    }

    /// Saves attendance records in one transaction: a record with the same activity, person, day
    /// and meeting as a stored one replaces it (a correction); others are added.
    @discardableResult
    public func saveAttendance(_ entries: [AttendanceEntry]) throws -> RegistryChanges.Table {
        try run { db in try Self.upsertAttendance(entries, db) }
    }

    /// Saves attendance records, outcomes and costs together, all or nothing: what one import of
    /// a folder of check-in lists, outcome surveys and cost sheets writes.
    public func saveAttendanceRecords(
        attendance: [AttendanceEntry], outcomes: [RecordedOutcome], costs: [ActivityCosts]
    ) throws -> RegistryChanges {
        try run { db in
            RegistryChanges(tables: [
                try Self.upsertAttendance(attendance, db), try Self.upsertOutcomes(outcomes, db),
                try Self.upsertCosts(costs, db),
            ])
        }
    }

    /// The version of each activity's latest allocation run: which run the delegation follows.
    public func latestAllocationVersions() throws -> [Identifier<Activity>: Int] {
        try run { db in
            var versions: [Identifier<Activity>: Int] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT activity_id, version FROM (\(Self.latestRunsSQL))")
            {
                if let activity = Identifier<Activity>(rawValue: row["activity_id"]) {
                    versions[activity] = row["version"]
                }
            }
            return versions
        }
    }

    static func upsertAttendance(_ entries: [AttendanceEntry], _ db: Database) throws -> RegistryChanges.Table {
        try upsert(entries.map(AttendanceRow.init), db)
    }

    /// Saves rows keyed by what they record rather than by an id of the files: a row with the key
    /// of a stored one replaces it where it differs (a correction), others are added.
    static func upsert<Row: KeyedRow>(_ rows: [Row], _ db: Database) throws -> RegistryChanges.Table {
        var table = RegistryChanges.Table(name: Row.databaseTableName)
        var existing = Dictionary(try Row.fetchAll(db).map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for var row in rows {
            if let old = existing[row.key] {
                row.id = old.id
                if old == row {
                    table.unchanged += 1
                } else {
                    try row.update(db)
                    table.updated += 1
                }
            } else {
                try row.insert(db)
                table.inserted += 1
            }
            existing[row.key] = row
        }
        return table
    }
}

/// A stored row found again by what it records (its key), with a database id of its own.
protocol KeyedRow: Equatable, FetchableRecord, MutablePersistableRecord {
    var id: Int64? { get set }
    var key: [String] { get }
}

extension AttendanceRow: KeyedRow {}
extension OutcomeRow: KeyedRow {}
