public import Foundation
internal import GRDB
public import TwinLinkAllocation
public import TwinLinkDomain

/// The programme's registry in an embedded SQLite database (through GRDB), shared by every use
/// case of the command line and the web: a file (a `DatabasePool`, write-ahead logging, readers
/// beside one writer) or memory (a `DatabaseQueue`). Migrations run when it opens, foreign keys
/// are on. Access is asynchronous, on GRDB's own queues, never blocking Swift's cooperative pool:
/// ``read(_:)`` gives one consistent snapshot, ``write(_:)`` one IMMEDIATE transaction, so two
/// processes or requests changing the registry at once are serialised.
public struct RegistryStore: Sendable {
    let writer: any DatabaseWriter
    /// The last registry read, until a registry table changes (``RegistryCache``).
    let cache = RegistryCache()
    /// Where it lives, for messages: the file's path, or `:memory:`.
    public let location: String

    private init(writer: any DatabaseWriter, location: String) throws(StoreError) {
        self.writer = writer
        self.location = location
        do {
            try Migrations.migrator.migrate(writer)
        } catch {
            throw .schema(Self.describe(error))
        }
        writer.add(transactionObserver: cache, extent: .databaseLifetime)
    }

    /// Opens (creating if needed) the database file at `path`.
    public static func open(path: String) throws(StoreError) -> RegistryStore {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .cannotOpen(path: path, reason: "the folder '\(directory)' does not exist")
        }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        do {
            return try RegistryStore(writer: openFile(path: path, configuration: configuration), location: path)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: path, reason: describe(error))
        }
    }

    /// A private database in memory, for tests, dry runs and previews.
    public static func inMemory() throws(StoreError) -> RegistryStore {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        do {
            return try RegistryStore(writer: DatabaseQueue(configuration: configuration), location: ":memory:")
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: ":memory:", reason: describe(error))
        }
    }

    /// Runs `body` on one consistent snapshot of the registry. Database failures are thrown as
    /// ``StoreError``; whatever else `body` throws comes through unchanged.
    /// The tables it reads are added to ``TableReads/current`` when the task has one.
    public func read<T: Sendable>(_ body: @escaping @Sendable (RegistryAccess) throws -> T) async throws -> T {
        let reads = TableReads.current
        do {
            return try await writer.read { [cache] db in
                try TableReads.recording(reads, db) { try body(RegistryAccess(db: db, cache: cache, reads: reads)) }
            }
        } catch {
            throw Self.map(error, writing: false)
        }
    }

    /// Runs `body` in one write transaction: all of it is recorded, or, if anything throws, none
    /// of it. Database failures are thrown as ``StoreError``; whatever else `body` throws comes
    /// through unchanged.
    public func write<T: Sendable>(_ body: @escaping @Sendable (RegistryAccess) throws -> T) async throws -> T {
        do {
            return try await writer.write { [cache] db in try body(RegistryAccess(db: db, cache: cache)) }
        } catch {
            throw Self.map(error, writing: true)
        }
    }

    /// A database failure as a ``StoreError``; any other error as it is.
    static func map(_ error: any Error, writing: Bool) -> any Error {
        guard let error = error as? DatabaseError else { return error }
        let message = error.message ?? "\(error.resultCode)"
        switch error.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError.busy(message)
        case .SQLITE_CONSTRAINT:
            // "UNIQUE constraint failed: invites.uid", "NOT NULL constraint failed: people.email"
            let named = message.split(separator: ":").last.map {
                $0.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            }
            let parts = named?.split(separator: ".").map(String.init) ?? []
            return StoreError.constraint(
                table: parts.count == 2 ? parts[0] : nil, column: parts.count == 2 ? parts[1] : nil, message: message)
        default:
            return StoreError.failed(
                writing ? "database write failed, nothing was changed: \(message)" : "database read failed: \(message)")
        }
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? "\(error.resultCode)"
        }
        return "\(error)"
    }
}

/// The registry inside one read snapshot or one write transaction (``RegistryStore/read(_:)``,
/// ``RegistryStore/write(_:)``): every query and change the store offers. Lives only as long as
/// the closure it is given to; a change made through a read snapshot fails.
public struct RegistryAccess {
    let db: Database
    /// The store's registry cache, when the access comes from ``RegistryStore/read(_:)`` or
    /// ``RegistryStore/write(_:)``.
    var cache: RegistryCache? = nil
    /// Where the tables a read uses are recorded (``TableReads``): a registry served from the
    /// cache runs no statement on them, so they are added by hand.
    var reads: TableReads? = nil

    /// Runs `body` on this access's database connection.
    func run<T>(_ body: (Database) throws -> T) rethrows -> T {
        try body(db)
    }
}

extension RegistryAccess {
    /// The migrations applied, in order.
    public func appliedMigrations() throws -> [String] {
        try run { db in try Migrations.migrator.appliedMigrations(db) }
    }

    /// The SQLite journal mode (`wal` for files).
    public func journalMode() throws -> String {
        try run { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// Whether SQLite enforces foreign keys on this connection.
    public func foreignKeysEnabled() throws -> Bool {
        try run { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") ?? false }
    }

    /// Writes an imported registry: inserts new records, updates changed ones, leaves the rest
    /// (or with `prune`, retires the records the files no longer list: RegistryPrune.swift).
    /// All or nothing: on any error the database is as it was.
    public func apply(
        _ registry: Registry, regulations: Regulations? = nil, source: String, at now: Date, prune: Bool = false
    ) throws -> RegistryChanges {
        try run { db in
            let retired = prune ? try RegistryStore.retireMissing(from: registry, at: now, db) : [:]
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
            // A person erased at their request stays erased, whatever the files still say.
            tables.append(try sync(try RegistryStore.keepingErasures(registry.people, db).map(PersonRow.init), db))
            tables.append(try sync(registry.partnerCities.map(PartnerCityRow.init), db))
            tables.append(try sync(registry.enterprises.map(LocalEnterpriseRow.init), db))
            tables.append(try sync(registry.enterpriseLinks.map(EnterpriseLinkRow.init), db))
            tables.append(try sync(registry.partnerEnterprises.map(PartnerEnterpriseRow.init), db))
            tables.append(try sync(registry.events.map(MutualEventRow.init), db))
            tables.append(try sync(registry.applications.map(ApplicationRow.init), db))
            tables.append(try sync(registry.meetingRequests.map(MeetingRequestRow.init), db))
            if let regulations { tables.append(try Self.saveRegulations(regulations, at: now, db)) }
            let changes = try RegistryStore.recordHistory(
                RegistryChanges(tables: tables), registry: registry, retired: retired, db)
            if changes.changed {
                let summary = String(decoding: try JSONEncoder.stableCompact.encode(changes), as: UTF8.self)
                try db.execute(
                    sql: "INSERT INTO import_runs (imported_at, source, summary) VALUES (?, ?, ?)",
                    arguments: [ZonedInstant.formatUTC(now), source, summary])
            }
            return changes
        }
    }

    /// The registry in use (or with `includingRetired`, also the retired records, for history
    /// and reports), or `nil` before the first import.
    public func registry(includingRetired: Bool = false) throws -> Registry? {
        // With no retired record, the registry with them is the registry in use (the cached one).
        if includingRetired, try !hasRetiredRecords() { return try registry(includingRetired: false) }
        guard !includingRetired, let cache else { return try readRegistry(includingRetired: includingRetired) }
        if let known = try cache.registry(in: db) {
            reads?.add(RegistryCache.tables)
            return known
        }
        let registry = try readRegistry(includingRetired: false)
        if let registry { try cache.keep(registry, in: db) }
        return registry
    }

    /// Whether a registry table holds a record retired from the files (kept for its history).
    private func hasRetiredRecords() throws -> Bool {
        try run { db in
            for table in Migrations.historyTables {
                let sql = "SELECT EXISTS (SELECT 1 FROM \(table) WHERE retired_at IS NOT NULL)"
                if try Bool.fetchOne(db, sql: sql) == true { return true }
            }
            return false
        }
    }

    private func readRegistry(includingRetired: Bool) throws -> Registry? {
        let all = includingRetired
        return try run { db in
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
    public func rowCounts() throws -> [String: Int] {
        try run { db in
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
    public func importHistory() throws -> [(importedAt: String, source: String)] {
        try run { db in
            try Row.fetchAll(db, sql: "SELECT imported_at, source FROM import_runs ORDER BY id").map {
                (importedAt: $0["imported_at"], source: $0["source"])
            }
        }
    }

    // MARK: - Plumbing

    fileprivate func sync<R: RegistryRow>(_ rows: [R], _ db: Database) throws -> RegistryChanges.Table {
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
}

extension RegistryStore {
    /// Synchronous access for the store's own maintenance (export, restore, backup, accounts):
    /// called off the cooperative pool only. Use cases use ``read(_:)`` and ``write(_:)``.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .failed("database read failed: \(Self.describe(error))")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .failed("database write failed, nothing was changed: \(Self.describe(error))")
        }
    }
}

extension JSONEncoder {
    /// The store's encoder for JSON columns: ``JSONEncoder/stableCompact``.
    static var sorted: JSONEncoder { .stableCompact }
}

extension RegistryStore {
    /// Runs `body` in one transaction, blocking the calling thread: for maintenance tools and
    /// tests that run off the cooperative pool. Use cases use ``read(_:)`` and ``write(_:)``.
    @discardableResult
    public func synchronously<T>(_ body: (RegistryAccess) throws -> T) throws -> T {
        do {
            return try writer.write { db in try body(RegistryAccess(db: db)) }
        } catch {
            throw Self.map(error, writing: true)
        }
    }
}
