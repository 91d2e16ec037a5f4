import Foundation
internal import GRDB
import TwinLinkAllocation
import TwinLinkDomain

/// The programme's registry in an embedded SQLite database (through GRDB): migrations on open,
/// foreign keys on, write-ahead logging for files. Every change runs in one transaction.
public struct RegistryStore: Sendable {
    let writer: any DatabaseWriter

    private init(writer: any DatabaseWriter) throws(StoreError) {
        self.writer = writer
        do {
            try Migrations.migrator.migrate(writer)
        } catch {
            throw StoreError("cannot prepare the database schema: \(Self.describe(error))")
        }
    }

    /// Opens (creating if needed) the database file at `path`.
    public static func open(path: String) throws(StoreError) -> RegistryStore {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StoreError("cannot open the database '\(path)': the folder '\(directory)' does not exist")
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        do {
            return try RegistryStore(writer: openFile(path: path, configuration: configuration))
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("cannot open the database '\(path)': \(describe(error))")
        }
    }

    /// A private database in memory, for tests and dry runs.
    public static func inMemory() throws(StoreError) -> RegistryStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        do {
            return try RegistryStore(writer: DatabaseQueue(configuration: configuration))
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("cannot create an in-memory database: \(describe(error))")
        }
    }

    /// The migrations applied, in order.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try read { db in try Migrations.migrator.appliedMigrations(db) }
    }

    /// The SQLite journal mode (`wal` for files).
    public func journalMode() throws(StoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// Whether SQLite enforces foreign keys on this connection.
    public func foreignKeysEnabled() throws(StoreError) -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false }
    }

    /// Writes an imported registry: inserts new records, updates changed ones, leaves the rest
    /// (or with `prune`, retires the records the files no longer list: RegistryPrune.swift).
    /// All or nothing: on any error the database is as it was.
    public func apply(
        _ registry: Registry, regulations: Regulations? = nil, source: String, at now: Date, prune: Bool = false
    ) throws(StoreError) -> RegistryChanges {
        try write { db in
            let retired = prune ? try Self.retireMissing(from: registry, at: now, db) : [:]
            var tables: [RegistryChanges.Table] = []
            var programme = RegistryChanges.Table(name: "programme")
            let newProgramme = ProgrammeRow(registry.programme)
            if let old = try ProgrammeRow.fetchOne(db) {
                if old != newProgramme {
                    try newProgramme.update(db)
                    programme.updated = 1
                } else {
                    programme.unchanged = 1
                }
            } else {
                try newProgramme.insert(db)
                programme.inserted = 1
            }
            tables.append(programme)
            tables.append(try sync(registry.people.map(PersonRow.init), db))
            tables.append(try sync(registry.partnerCities.map(PartnerCityRow.init), db))
            tables.append(try sync(registry.enterprises.map(LocalEnterpriseRow.init), db))
            tables.append(try sync(registry.enterpriseLinks.map(EnterpriseLinkRow.init), db))
            tables.append(try sync(registry.partnerEnterprises.map(PartnerEnterpriseRow.init), db))
            tables.append(try sync(registry.events.map(MutualEventRow.init), db))
            tables.append(try sync(registry.applications.map(ApplicationRow.init), db))
            tables.append(try sync(registry.meetingRequests.map(MeetingRequestRow.init), db))
            if let regulations { tables.append(try Self.saveRegulations(regulations, at: now, db)) }
            let changes = try Self.recordHistory(
                RegistryChanges(tables: tables), registry: registry, retired: retired, db)
            if changes.changed {
                let summary = String(decoding: try JSONEncoder.sorted.encode(changes), as: UTF8.self)
                try db.execute(
                    sql: "INSERT INTO import_runs (imported_at, source, summary) VALUES (?, ?, ?)",
                    arguments: [ZonedInstant.formatUTC(now), source, summary])
            }
            return changes
        }
    }

    /// The registry in use (or with `includingRetired`, also the retired records, for history
    /// and reports), or `nil` before the first import.
    public func registry(includingRetired: Bool = false) throws(StoreError) -> Registry? {
        let all = includingRetired
        return try read { db in
            guard let programme = try ProgrammeRow.fetchOne(db) else { return nil }
            return Registry(
                programme: try programme.domain(),
                partnerCities: try PartnerCityRow.inUse(includingRetired: all).fetchAll(db).map { try $0.domain() },
                enterprises: try LocalEnterpriseRow.inUse(includingRetired: all).fetchAll(db).map { try $0.domain() },
                enterpriseLinks: try EnterpriseLinkRow.inUse(includingRetired: all).fetchAll(db).map {
                    try $0.domain()
                },
                partnerEnterprises: try PartnerEnterpriseRow.inUse(includingRetired: all).fetchAll(db).map {
                    try $0.domain()
                },
                people: try PersonRow.inUse(includingRetired: all).fetchAll(db).map { try $0.domain() },
                events: try MutualEventRow.inUse(includingRetired: all).fetchAll(db).map { try $0.domain() },
                applications: try ApplicationRow.inUse(includingRetired: all).fetchAll(db).map { try $0.domain() },
                meetingRequests: try MeetingRequestRow.inUse(includingRetired: all).fetchAll(db).map {
                    try $0.domain()
                })
        }
    }

    /// The number of rows in every table, by table name: a quick picture of what is stored.
    public func rowCounts() throws(StoreError) -> [String: Int] {
        try read { db in
            let tables = try String.fetchAll(
                db,
                sql:
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%'"
            )
            var counts: [String: Int] = [:]
            for table in tables {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0
            }
            return counts
        }
    }

    /// The imports that changed something, oldest first.
    public func importHistory() throws(StoreError) -> [(importedAt: String, source: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT imported_at, source FROM import_runs ORDER BY id").map {
                (importedAt: $0["imported_at"], source: $0["source"])
            }
        }
    }

    // MARK: - Plumbing

    private func sync<R: RegistryRow>(_ rows: [R], _ db: Database) throws -> RegistryChanges.Table {
        var table = RegistryChanges.Table(name: R.databaseTableName)
        var existing = Dictionary(uniqueKeysWithValues: try R.fetchAll(db).map { ($0.id, $0) })
        for row in rows {
            if let old = existing.removeValue(forKey: row.id) {
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
        }
        table.notInFiles = existing.count
        return table
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("database read failed: \(Self.describe(error))")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("database write failed, nothing was changed: \(Self.describe(error))")
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "\(error.resultCode)"
        }
        return "\(error)"
    }
}

extension JSONEncoder {
    /// Sorted keys, no escaped slashes: the same data always gives the same bytes.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
