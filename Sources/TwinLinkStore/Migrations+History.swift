import Foundation
internal import GRDB

extension Migrations {
    /// The registry tables whose records an import can retire, and the unique rules among
    /// records still in use. A retired record stays (for the history and the reports) but is out
    /// of planning and allocation, and no longer holds its e-mail address or its place in a
    /// unique rule, so that a renamed id can take them over.
    static let historyTables = [
        "people", "partner_cities", "local_enterprises", "enterprise_links", "partner_enterprises", "mutual_events",
        "applications", "meeting_requests",
    ]

    /// The unique rules that only records in use keep: table, the clause in its CREATE TABLE
    /// that the migration takes out (and what replaces it), and the columns of the partial
    /// unique index it adds instead.
    private static let activeUniqueRules: [(table: String, clause: String, replacement: String, columns: [String])] = [
        ("people", " NOT NULL UNIQUE COLLATE NOCASE", " NOT NULL COLLATE NOCASE", ["email"]),
        ("applications", ", UNIQUE (\"event_id\", \"enterprise_id\")", "", ["event_id", "enterprise_id"]),
        (
            "meeting_requests", ", UNIQUE (\"event_id\", \"enterprise_id\", \"partner_enterprise_id\")", "",
            ["event_id", "enterprise_id", "partner_enterprise_id"]
        ),
    ]

    /// Registry history: `retired_at` on every registry table, and unique rules for records in
    /// use only. A table whose table-level unique rule changes is rebuilt from its own CREATE
    /// statement (SQLite cannot drop a constraint), whatever columns other migrations added.
    static func createRegistryHistory(_ db: Database) throws {
        for rule in activeUniqueRules {
            try rebuild(rule.table, replacing: rule.clause, with: rule.replacement, db)
        }
        for table in historyTables {
            try db.alter(table: table) { t in t.add(column: "retired_at", .text) }
        }
        for rule in activeUniqueRules {
            let columns = rule.columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")
            try db.execute(
                sql: """
                    CREATE UNIQUE INDEX \("\(rule.table)_unique_in_use".quotedDatabaseIdentifier) \
                    ON \(rule.table.quotedDatabaseIdentifier) (\(columns)) WHERE retired_at IS NULL
                    """)
        }
    }

    private static func rebuild(_ table: String, replacing clause: String, with replacement: String, _ db: Database)
        throws
    {
        let create = try String.fetchOne(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table])
        let indexes = try String.fetchAll(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            arguments: [table])
        let prefix = "CREATE TABLE \(table.quotedDatabaseIdentifier)"
        guard let create, create.hasPrefix(prefix), create.contains(clause) else {
            throw DatabaseError(message: "cannot find the unique rule '\(clause)' of table \(table) to relax")
        }
        let temporary = "\(table)_rebuilt"
        let rebuilt =
            "CREATE TABLE \(temporary.quotedDatabaseIdentifier)"
            + create.dropFirst(prefix.count).replacingOccurrences(of: clause, with: replacement)
        try db.execute(sql: rebuilt)
        try db.execute(
            sql: "INSERT INTO \(temporary.quotedDatabaseIdentifier) SELECT * FROM \(table.quotedDatabaseIdentifier)")
        try db.execute(sql: "DROP TABLE \(table.quotedDatabaseIdentifier)")
        try db.execute(
            sql: "ALTER TABLE \(temporary.quotedDatabaseIdentifier) RENAME TO \(table.quotedDatabaseIdentifier)")
        for index in indexes { try db.execute(sql: index) }
    }
}
