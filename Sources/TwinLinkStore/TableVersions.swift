import Foundation
internal import GRDB

/// How often each table changed: a counter per table in `table_versions`, raised by a trigger on
/// every insert, update and delete (migration `v16-table-versions`). The triggers live in the
/// database file, so a change made by any process (the web server, a `twinlink` command beside
/// it) raises them. With ``TableReads``, a cache knows which tables a value was read from and keeps
/// it while none of them changed.
public enum TableVersions {
    /// The table holding the counters; not data (left out of exports).
    public static let table = "table_versions"

    /// Tables that are not counted: SQLite's and GRDB's own, and the counters themselves.
    static func isCounted(_ name: String) -> Bool {
        !name.hasPrefix("sqlite_") && !name.hasPrefix("grdb_") && name != table
    }

    /// Creates the counters table if needed and a counter with its three triggers for every table
    /// that has none yet. Idempotent: a migration that adds tables calls it again at its end.
    static func install(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE IF NOT EXISTS \(table) (
                    name TEXT PRIMARY KEY NOT NULL, version INTEGER NOT NULL DEFAULT 0)
                """)
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        for name in names where isCounted(name) {
            try db.execute(sql: "INSERT OR IGNORE INTO \(table) (name, version) VALUES (?, 0)", arguments: [name])
            let quotedName = name.quotedDatabaseIdentifier
            let literal = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
            for operation in ["INSERT", "UPDATE", "DELETE"] {
                let trigger = "\(table)_\(name)_\(operation.lowercased())".quotedDatabaseIdentifier
                try db.execute(
                    sql: """
                        CREATE TRIGGER IF NOT EXISTS \(trigger) AFTER \(operation) ON \(quotedName)
                        BEGIN UPDATE \(table) SET version = version + 1 WHERE name = \(literal); END
                        """)
            }
        }
    }

    /// Every counter, by table name.
    static func read(_ db: Database) throws -> [String: Int64] {
        guard try db.tableExists(table) else { return [:] }
        var versions: [String: Int64] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT name, version FROM \(table)") {
            versions[row["name"]] = row["version"]
        }
        return versions
    }

    /// The counted tables that have no counter or lack one of their triggers (empty when every
    /// migration that added a table also called ``install(_:)``).
    static func uncounted(_ db: Database) throws -> [String] {
        let names = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        let triggers = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        let counters = try read(db)
        return names.filter { name in
            isCounted(name)
                && (counters[name] == nil
                    || ["insert", "update", "delete"].contains { !triggers.contains("\(table)_\(name)_\($0)") })
        }
    }
}

/// The tables read while it is the task's ``current``: every read through the store's async
/// `read` (of the registry, the accounts, the portal) made by the task and its child tasks adds
/// the tables its statements selected from, as SQLite reports them to GRDB. A cache sets one while
/// it computes a value and keeps the value while those tables' ``TableVersions`` stay the same.
public final class TableReads: @unchecked Sendable {
    @TaskLocal public static var current: TableReads?

    private let lock = NSLock()
    private var names: Set<String> = []

    public init() {}

    /// The tables read so far.
    public var tables: Set<String> { lock.withLock { names } }

    /// Adds `tables` (e.g. those of a cached value the task used instead of reading it).
    public func add(_ tables: some Sequence<String>) {
        lock.withLock { names.formUnion(tables) }
    }

    /// Runs `body` on `db`, adding to `reads` (when given) every table its statements read.
    static func recording<T>(_ reads: TableReads?, _ db: Database, _ body: () throws -> T) throws -> T {
        guard let reads else { return try body() }
        let statements = StatementLog()
        db.trace(options: .statement) { event in
            if case .statement(let statement) = event { statements.add(statement.sql) }
        }
        let value: T
        do {
            defer { db.trace(options: []) }
            value = try body()
        }
        reads.add(try tables(read: statements.sql, db))
        return value
    }

    /// The tables the statements `sql` read from (every table when one cannot be told).
    private static func tables(read sql: Set<String>, _ db: Database) throws -> Set<String> {
        let all = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        var read: Set<String> = []
        for text in sql where !text.hasPrefix("--") {
            guard let region = try? db.makeStatement(sql: text).databaseRegion else { return Set(all) }
            if region.isFullDatabase { return Set(all) }
            for name in all where region.isModified(byEventsOfKind: .delete(tableName: name)) { read.insert(name) }
        }
        return read
    }

    /// The SQL of the statements run, each once.
    private final class StatementLog: @unchecked Sendable {
        private(set) var sql: Set<String> = []
        func add(_ text: String) { sql.insert(text) }
    }
}

extension RegistryStore {
    /// Every table's change counter (``TableVersions``), read in one snapshot. Not recorded in
    /// ``TableReads``.
    public func tableVersions() async throws -> [String: Int64] {
        do {
            return try await writer.read { db in try TableVersions.read(db) }
        } catch {
            throw Self.map(error, writing: false)
        }
    }
}

extension RegistryAccess {
    /// The counted tables without a counter or triggers (a migration forgot ``TableVersions``).
    public func uncountedTables() throws -> [String] {
        try run { db in try TableVersions.uncounted(db) }
    }
}
