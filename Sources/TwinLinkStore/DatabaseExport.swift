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
    /// other connections write. Written row by row as the rows are read (the same bytes as the
    /// document built whole and then written, without holding every row as a value first).
    public func exportJSON(includeSecrets: Bool = false) throws(StoreError) -> Data {
        try read { db in try Self.exportDocument(db, includeSecrets: includeSecrets) }
    }

    static func tableNames(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    }

    static func exportDocument(_ db: Database, includeSecrets: Bool) throws -> Data {
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
        // The document grows in one block, about the database's size to start with; `bytes` holds
        // what is written until it is moved there.
        let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
        let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
        let output = GrowingBytes(capacity: pages * pageSize + (1 << 20))
        var bytes: [UInt8] = []
        let head: [(key: String, value: ExportJSON)] = [
            ("format", .string(DatabaseExport.formatName)),
            ("version", .integer(Int64(DatabaseExport.version))),
            ("schemaMigrations", .array(migrations.map(ExportJSON.string))),
            ("secretsIncluded", .bool(includeSecrets)),
            ("sequences", .object(sequences)),
        ]
        var document = ExportJSON.ListWriter(open: "{", close: "}", indent: 0)
        for member in head {
            document.next(into: &bytes)
            ExportJSON.writeString(member.key, into: &bytes)
            bytes.append(contentsOf: ": ".utf8)
            member.value.write(into: &bytes, indent: 2)
        }
        document.next(into: &bytes)
        ExportJSON.writeString("tables", into: &bytes)
        bytes.append(contentsOf: ": ".utf8)
        var tables = ExportJSON.ListWriter(open: "{", close: "}", indent: 2)
        for table in names where DatabaseExport.isExported(table, includeSecrets: includeSecrets) {
            tables.next(into: &bytes)
            ExportJSON.writeString(table, into: &bytes)
            bytes.append(contentsOf: ": ".utf8)
            try writeRows(of: table, db, into: &bytes, output: output, indent: 4)
        }
        tables.end(into: &bytes)
        document.end(into: &bytes)
        bytes.append(0x0A)
        output.append(bytes)
        return output.data()
    }

    /// A table's rows in primary-key order, as an array of objects, each written as it is read.
    private static func writeRows(
        of table: String, _ db: Database, into bytes: inout [UInt8], output: GrowingBytes, indent: Int
    ) throws {
        let columns = try db.columns(in: table).map(\.name)
        let order = try db.primaryKey(table).columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        let list = columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(list) FROM \(table.quotedDatabaseIdentifier) ORDER BY \(order)")
        var array = ExportJSON.ListWriter(open: "[", close: "]", indent: indent)
        while let row = try rows.next() {
            var members: [(key: String, value: ExportJSON)] = []
            for (index, column) in columns.enumerated() {
                members.append((column, json(row[index] as DatabaseValue)))
            }
            array.next(into: &bytes)
            ExportJSON.object(members).write(into: &bytes, indent: indent + 2)
            if bytes.count >= 1 << 16 {
                output.append(bytes)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        array.end(into: &bytes)
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

/// Bytes gathered in one `malloc` block that grows in place (`realloc`) and becomes a `Data`
/// without a copy: the export of a large database is held once, not as an array and its copy.
final class GrowingBytes {
    private var base: UnsafeMutableRawPointer?
    private var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = malloc(self.capacity)
    }

    func append(_ bytes: [UInt8]) {
        guard !bytes.isEmpty else { return }
        if count + bytes.count > capacity {
            capacity = max(capacity * 2, count + bytes.count)
            guard let grown = realloc(base, capacity) else { fatalError("out of memory: \(capacity) bytes") }
            base = grown
        }
        bytes.withUnsafeBytes { source in
            (base! + count).copyMemory(from: source.baseAddress!, byteCount: source.count)
        }
        count += bytes.count
    }

    /// The bytes; the block now belongs to the `Data`.
    func data() -> Data {
        guard let block = base else { return Data() }
        base = nil
        return Data(bytesNoCopy: block, count: count, deallocator: .free)
    }

    deinit { free(base) }
}
