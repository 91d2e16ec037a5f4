public import Foundation
internal import GRDB

/// The whole database as one JSON document (docs/export-format.md, version 2): every table of
/// the schema, read from `sqlite_master` rather than listed by hand, so that a table added by a
/// later migration is exported (and restored) without anyone remembering to.
///
/// Each table is an array of rows in primary-key order; each row an object with every column, in
/// the table's column order. Values keep their SQLite type exactly: INTEGER as a JSON integer,
/// REAL as a JSON number with a `.` or an exponent, TEXT as a string, NULL as `null`, a BLOB as
/// `{"base64": "…"}` and an infinite REAL as `{"real": "inf"}` or `{"real": "-inf"}`.
public enum DatabaseExport {
    public static let formatName = "twinlink-export"
    public static let version = 2

    /// Tables that a plain export leaves out, and why; `--include-secrets` exports them too.
    public static let secretTables: [String: String] = [
        "programme_secrets": "the planning seed that makes online meeting rooms unguessable",
        "accounts": "the web desk's accounts, with their password hashes",
        "portal_feed_tokens": "personal calendar-feed tokens (as hashes) of portal accounts",
        "partner_feeds": "partner cities' event-feed URLs, which may carry a calendar's secret address",
    ]

    /// Tables never exported, not even with the secrets, and why: credentials that only live for
    /// minutes or days. After a restore everyone signs in again.
    public static let transientTables: [String: String] = [
        "web_sessions": "signed-in sessions of the web desk",
        "sign_in_links": "one-time sign-in links sent by e-mail",
    ]

    /// Tables that are not exported as tables, and how the document holds them instead.
    public static let bookkeepingTables: [String: String] = [
        "grdb_migrations": "the schema version, as `schemaMigrations`",
        "sqlite_sequence": "the highest id each AUTOINCREMENT table ever gave, as `sequences`",
        "table_versions": "how often each table changed (kept by triggers for the web desk's caches), not exported",
        "invite_folders": "the folders on this machine that invites were written into (for erasure), not exported",
        "session_fingerprints":
            "what each 1:1 session's schedule was made from (to keep an unchanged one), not exported",
    ]

    /// Whether `table` is one the document holds under `tables` (given the secrets choice).
    static func isExported(_ table: String, includeSecrets: Bool) -> Bool {
        if table.hasPrefix("sqlite_") || bookkeepingTables[table] != nil || transientTables[table] != nil {
            return false
        }
        return includeSecrets || secretTables[table] == nil
    }
}

extension RegistryStore {
    /// Every table in the schema, by name, SQLite's and GRDB's own included.
    public func schemaTables() throws(StoreError) -> [String] {
        try read { db in try Self.tableNames(db) }
    }

    /// The export document's bytes. Read in one transaction: a consistent snapshot even while
    /// other connections write.
    public func exportJSON(includeSecrets: Bool = false) throws(StoreError) -> Data {
        try read { db in try Self.exportDocument(db, includeSecrets: includeSecrets).data() }
    }

    static func tableNames(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    }

    static func exportDocument(_ db: Database, includeSecrets: Bool) throws -> ExportJSON {
        let migrations = try Migrations.migrator.appliedMigrations(db)
        var sequences: [(key: String, value: ExportJSON)] = []
        let names = try tableNames(db)
        if names.contains("sqlite_sequence") {
            for row in try Row.fetchAll(db, sql: "SELECT name, seq FROM sqlite_sequence ORDER BY name") {
                let name: String = row["name"]
                if DatabaseExport.isExported(name, includeSecrets: includeSecrets) {
                    sequences.append((name, .integer(row["seq"])))
                }
            }
        }
        var tables: [(key: String, value: ExportJSON)] = []
        for table in names where DatabaseExport.isExported(table, includeSecrets: includeSecrets) {
            tables.append((table, .array(try exportRows(of: table, db))))
        }
        return .object([
            ("format", .string(DatabaseExport.formatName)),
            ("version", .integer(Int64(DatabaseExport.version))),
            ("schemaMigrations", .array(migrations.map(ExportJSON.string))),
            ("secretsIncluded", .bool(includeSecrets)),
            ("sequences", .object(sequences)),
            ("tables", .object(tables)),
        ])
    }

    private static func exportRows(of table: String, _ db: Database) throws -> [ExportJSON] {
        let columns = try db.columns(in: table).map(\.name)
        let order = try db.primaryKey(table).columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        let list = columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(list) FROM \(table.quotedDatabaseIdentifier) ORDER BY \(order)")
        var result: [ExportJSON] = []
        while let row = try rows.next() {
            var members: [(key: String, value: ExportJSON)] = []
            for (index, column) in columns.enumerated() {
                members.append((column, json(row[index] as DatabaseValue)))
            }
            result.append(.object(members))
        }
        return result
    }

    private static func json(_ value: DatabaseValue) -> ExportJSON {
        switch value.storage {
        case .null: .null
        case .int64(let integer): .integer(integer)
        case .double(let real):
            real.isFinite ? .real(real) : .object([("real", .string(real < 0 ? "-inf" : "inf"))])
        case .string(let text): .string(text)
        case .blob(let data): .object([("base64", .string(data.base64EncodedString()))])
        }
    }
}
