public import Foundation
internal import GRDB

/// Why a restore was refused. Nothing was restored.
public enum RestoreError: Error, Sendable, CustomStringConvertible {
    /// Where in the document a problem is: a line and column for broken JSON, else a JSON path
    /// such as `$.tables.allocation_decisions[12].priority_score`.
    public enum Place: Sendable, Equatable, CustomStringConvertible {
        case position(line: Int, column: Int)
        case path(String)

        public var description: String {
            switch self {
            case .position(let line, let column): "\(line):\(column)"
            case .path(let path): path
            }
        }
    }

    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public var place: Place
        public var message: String

        public var description: String { "\(place): \(message)" }
    }

    /// The document cannot be taken whole: every problem found, in document order.
    case refused([Problem])
    /// The database already holds data: a restore only fills a new, empty database.
    case notEmpty(String)
    /// The database could not be read or written.
    case store(StoreError)

    public var description: String {
        switch self {
        case .refused(let problems): problems.map(\.description).joined(separator: "\n")
        case .notEmpty(let message): message
        case .store(let error): "\(error)"
        }
    }
}

extension RegistryStore {
    /// At most this many problems are listed; the rest are counted.
    static let restoreProblemLimit = 100

    /// Fills this empty database from an export document (docs/export-format.md), in one
    /// transaction: either every row of the document is stored, exactly as it was exported, or
    /// nothing is and every problem is named by its JSON path. Gives the rows stored per table.
    public func restore(_ data: Data) throws(RestoreError) -> [String: Int] {
        let document: ExportJSON
        do {
            document = try ExportJSON.parse(data)
        } catch {
            throw .refused([.init(place: .position(line: error.line, column: error.column), message: error.message)])
        }
        do {
            return try writer.write { db in
                var restore = DocumentRestore(db: db)
                try restore.run(document)
                if !restore.problems.isEmpty { throw RestoreError.refused(restore.problems) }
                return restore.counts
            }
        } catch let error as RestoreError {
            throw error
        } catch {
            throw .store(StoreError("restore failed, nothing was restored: \(error)"))
        }
    }
}

/// One restore in progress, inside the write transaction.
private struct DocumentRestore {
    let db: Database
    var problems: [RestoreError.Problem] = []
    var dropped = 0
    var counts: [String: Int] = [:]
    /// Per table, the document index of the row stored under each rowid.
    var indexOfRowID: [String: [Int64: Int]] = [:]

    init(db: Database) {
        self.db = db
    }

    mutating func problem(_ path: String, _ message: String) {
        if problems.count < RegistryStore.restoreProblemLimit {
            problems.append(.init(place: .path(path), message: message))
        } else {
            dropped += 1
        }
    }

    mutating func run(_ document: ExportJSON) throws {
        defer {
            if dropped > 0 { problems.append(.init(place: .path("$"), message: "and \(dropped) more problems")) }
        }
        guard case .object(let members) = document else {
            problem("$", "expected an object, found \(document.kind)")
            return
        }
        let known = ["format", "version", "schemaMigrations", "secretsIncluded", "sequences", "tables"]
        for member in members where !known.contains(member.key) {
            problem(path("$", member.key), "unknown key: an export holds \(known.joined(separator: ", "))")
        }
        guard checkHeader(document) else { return }
        try checkEmpty()
        guard problems.isEmpty else { return }
        guard case .object(let tables)? = document["tables"] else {
            problem("$.tables", "expected an object of tables, found \(document["tables"]?.kind ?? "nothing")")
            return
        }
        var plans: [TablePlan] = []
        let schema = Set(try RegistryStore.tableNames(db))
        for (table, rows) in tables {
            let tablePath = path("$.tables", table)
            guard schema.contains(table), DatabaseExport.isExported(table, includeSecrets: true) else {
                problem(tablePath, "unknown table: this database has no table '\(table)' to restore")
                continue
            }
            plans.append(try plan(table, rows, at: tablePath))
        }
        guard problems.isEmpty else { return }
        try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
        for plan in plans { try insert(plan) }
        guard problems.isEmpty else { return }
        try checkForeignKeys()
        try restoreSequences(document["sequences"])
    }

    // MARK: - Header

    private mutating func checkHeader(_ document: ExportJSON) -> Bool {
        guard document["format"] == .string(DatabaseExport.formatName) else {
            problem(
                "$.format",
                "expected \"\(DatabaseExport.formatName)\", found \(document["format"].map(\.shown) ?? "nothing")")
            return false
        }
        guard document["version"] == .integer(Int64(DatabaseExport.version)) else {
            let found = document["version"].map(\.shown) ?? "nothing"
            var message = "this TwinLink restores version \(DatabaseExport.version) documents; found \(found)"
            if document["version"] == .integer(1) {
                message += " (version 1 held only the registry: import the registry files instead)"
            }
            problem("$.version", message)
            return false
        }
        if let included = document["secretsIncluded"], included != .bool(true), included != .bool(false) {
            problem("$.secretsIncluded", "expected true or false, found \(included.shown)")
        }
        let applied: [String]
        do {
            applied = try Migrations.migrator.appliedMigrations(db)
        } catch {
            problem("$.schemaMigrations", "cannot read this database's migrations: \(error)")
            return false
        }
        guard document["schemaMigrations"] == .array(applied.map(ExportJSON.string)) else {
            problem(
                "$.schemaMigrations",
                "the document's schema (\(document["schemaMigrations"].map(\.shown) ?? "nothing")) is not this "
                    + "database's (\(applied.joined(separator: ", "))): restore it with the TwinLink version "
                    + "that exported it")
            return false
        }
        return problems.isEmpty
    }

    private mutating func checkEmpty() throws {
        for table in try RegistryStore.tableNames(db) where DatabaseExport.isExported(table, includeSecrets: true) {
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0
            if count > 0 {
                throw RestoreError.notEmpty(
                    "the database already holds data (table \(table): \(count) rows): restore only into a new, "
                        + "empty database")
            }
        }
    }

    // MARK: - Rows

    private struct TablePlan {
        var name: String
        var path: String
        /// Each row's columns and values, in document order.
        var rows: [[(column: String, value: DatabaseValue)]]
    }

    private mutating func plan(_ table: String, _ rows: ExportJSON, at tablePath: String) throws -> TablePlan {
        var plan = TablePlan(name: table, path: tablePath, rows: [])
        guard case .array(let items) = rows else {
            problem(tablePath, "expected an array of rows, found \(rows.kind)")
            return plan
        }
        let columns = Dictionary(
            try db.columns(in: table).map { ($0.name, Affinity(declaredType: $0.type)) },
            uniquingKeysWith: { a, _ in a }
        )
        for (index, item) in items.enumerated() {
            let rowPath = "\(tablePath)[\(index)]"
            guard case .object(let members) = item else {
                problem(rowPath, "expected a row (an object), found \(item.kind)")
                continue
            }
            var values: [(column: String, value: DatabaseValue)] = []
            for (column, json) in members {
                let valuePath = path(rowPath, column)
                guard let affinity = columns[column] else {
                    problem(valuePath, "unknown column: table \(table) has no column '\(column)'")
                    continue
                }
                switch Self.databaseValue(json, affinity: affinity) {
                case .success(let value): values.append((column, value))
                case .failure(let message): problem(valuePath, message.text)
                }
            }
            plan.rows.append(values)
        }
        return plan
    }

    private struct Message: Error {
        var text: String
    }

    /// The value a JSON value stands for, if a column of this affinity stores it unchanged.
    private static func databaseValue(_ json: ExportJSON, affinity: Affinity) -> Result<DatabaseValue, Message> {
        let value: DatabaseValue
        switch json {
        case .null: return .success(.null)
        case .integer(let integer): value = integer.databaseValue
        case .real(let real): value = real.databaseValue
        case .string(let text): value = text.databaseValue
        case .object(let members) where members.count == 1 && members[0].key == "base64":
            guard case .string(let text) = members[0].value, let data = Data(base64Encoded: text) else {
                return .failure(Message(text: "expected {\"base64\": \"…\"} with valid base64"))
            }
            value = data.databaseValue
        case .object(let members) where members.count == 1 && members[0].key == "real":
            switch members[0].value {
            case .string("inf"): value = Double.infinity.databaseValue
            case .string("-inf"): value = (-Double.infinity).databaseValue
            default: return .failure(Message(text: "expected {\"real\": \"inf\"} or {\"real\": \"-inf\"}"))
            }
        default:
            return .failure(Message(text: "expected \(affinity.expected), found \(json.shown)"))
        }
        if affinity.keepsUnchanged(value) { return .success(value) }
        return .failure(Message(text: "expected \(affinity.expected), found \(json.shown)"))
    }

    private mutating func insert(_ plan: TablePlan) throws {
        var stored: [Int64: Int] = [:]
        for (index, row) in plan.rows.enumerated() {
            let rowPath = "\(plan.path)[\(index)]"
            let columns = row.map(\.column.quotedDatabaseIdentifier).joined(separator: ", ")
            let sql =
                row.isEmpty
                ? "INSERT INTO \(plan.name.quotedDatabaseIdentifier) DEFAULT VALUES"
                : "INSERT INTO \(plan.name.quotedDatabaseIdentifier) (\(columns)) VALUES "
                    + "(\(Array(repeating: "?", count: row.count).joined(separator: ", ")))"
            do {
                let statement = try db.cachedStatement(sql: sql)
                try statement.execute(arguments: StatementArguments(row.map(\.value)))
                stored[db.lastInsertedRowID] = index
            } catch let error as DatabaseError {
                let (column, message) = try explain(error, row: row, table: plan.name, stored: stored)
                problem(column.map { path(rowPath, $0) } ?? rowPath, message)
            }
        }
        indexOfRowID[plan.name] = stored
        counts[plan.name] = stored.count
    }

    /// Which column a failed insert is about (if SQLite says), and what went wrong in plain words.
    private func explain(
        _ error: DatabaseError, row: [(column: String, value: DatabaseValue)], table: String, stored: [Int64: Int]
    ) throws -> (String?, String) {
        let message = error.message ?? "\(error.resultCode)"
        let named = message.split(separator: ":", maxSplits: 1).last.map {
            $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let columns = (named ?? []).compactMap { qualified -> String? in
            let parts = qualified.split(separator: ".", maxSplits: 1)
            return parts.count == 2 && parts[0] == table ? String(parts[1]) : nil
        }
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_NOTNULL:
            return (columns.first, "must have a value (NOT NULL)")
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
            guard !columns.isEmpty else { return (nil, message) }
            let values = columns.map { column in row.first { $0.column == column }?.value ?? .null }
            let condition = columns.map { "\($0.quotedDatabaseIdentifier) IS ?" }.joined(separator: " AND ")
            let other = try Int64.fetchOne(
                db, sql: "SELECT rowid FROM \(table.quotedDatabaseIdentifier) WHERE \(condition)",
                arguments: StatementArguments(values))
            let place = other.flatMap { stored[$0] }.map { " as $.tables.\(table)[\($0)]" } ?? ""
            return (
                columns.count == 1 ? columns[0] : nil,
                "the same \(columns.joined(separator: ", ")) \(values.map(\.shown).joined(separator: ", "))\(place): "
                    + "must be unique"
            )
        case .SQLITE_CONSTRAINT_CHECK:
            let expression = message.split(separator: ":", maxSplits: 1).last.map(String.init) ?? ""
            let column = row.map(\.column).first { column in
                expression.range(of: "\\b\(column)\\b", options: .regularExpression) != nil
            }
            return (column, "breaks the rule \(expression.trimmingCharacters(in: .whitespaces))")
        default:
            return (columns.first, message)
        }
    }

    // MARK: - References and sequences

    private mutating func checkForeignKeys() throws {
        var foreignKeys: [String: [Int: (parent: String, columns: [String])]] = [:]
        for violation in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") {
            let table: String = violation[0]
            let rowID: Int64? = violation[1]
            let parent: String = violation[2]
            let id: Int = violation[3]
            if foreignKeys[table] == nil {
                var keys: [Int: (parent: String, columns: [String])] = [:]
                for key in try Row.fetchAll(db, sql: "PRAGMA foreign_key_list(\(table.quotedDatabaseIdentifier))") {
                    let keyID: Int = key["id"]
                    keys[keyID, default: (key["table"], [])].columns.append(key["from"])
                }
                foreignKeys[table] = keys
            }
            let columns = foreignKeys[table]?[id]?.columns ?? []
            let index = rowID.flatMap { indexOfRowID[table]?[$0] }
            let rowPath = path("$.tables", table) + (index.map { "[\($0)]" } ?? "")
            let value =
                try rowID.flatMap { rowID in
                    try columns.first.flatMap { column in
                        try DatabaseValue.fetchOne(
                            db,
                            sql:
                                "SELECT \(column.quotedDatabaseIdentifier) FROM \(table.quotedDatabaseIdentifier) WHERE rowid = ?",
                            arguments: [rowID])
                    }
                } ?? .null
            problem(
                columns.count == 1 ? path(rowPath, columns[0]) : rowPath,
                "\(value.shown) is not in table \(parent): the document has no row it refers to")
        }
    }

    private mutating func restoreSequences(_ sequences: ExportJSON?) throws {
        guard let sequences else { return }
        guard case .object(let members) = sequences else {
            problem("$.sequences", "expected an object of table names and integers, found \(sequences.kind)")
            return
        }
        for (table, value) in members {
            let sequencePath = path("$.sequences", table)
            let sql = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table])
            guard let sql, sql.uppercased().contains("AUTOINCREMENT"),
                DatabaseExport.isExported(table, includeSecrets: true)
            else {
                problem(sequencePath, "unknown table: this database has no AUTOINCREMENT table '\(table)'")
                continue
            }
            guard case .integer(let sequence) = value, sequence >= 0 else {
                problem(sequencePath, "expected a whole number of at least 0, found \(value.shown)")
                continue
            }
            let highest = try Int64.fetchOne(db, sql: "SELECT MAX(rowid) FROM \(table.quotedDatabaseIdentifier)") ?? 0
            guard sequence >= highest else {
                problem(sequencePath, "\(sequence) is below the highest id in the table, \(highest)")
                continue
            }
            try db.execute(sql: "DELETE FROM sqlite_sequence WHERE name = ?", arguments: [table])
            try db.execute(sql: "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", arguments: [table, sequence])
        }
    }

    private func path(_ base: String, _ key: String) -> String {
        key.range(of: "^[A-Za-z_][A-Za-z0-9_]*$", options: .regularExpression) != nil
            ? "\(base).\(key)" : "\(base)[\(ExportJSON.string(key).shown)]"
    }
}

/// SQLite's column affinity, from the declared type (https://sqlite.org/datatype3.html, 3.1).
private enum Affinity {
    case integer, text, blob, real, numeric

    init(declaredType: String) {
        let type = declaredType.uppercased()
        if type.contains("INT") {
            self = .integer
        } else if type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT") {
            self = .text
        } else if type.contains("BLOB") || type.isEmpty {
            self = .blob
        } else if type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") {
            self = .real
        } else {
            self = .numeric
        }
    }

    var expected: String {
        switch self {
        case .integer: "an integer or null (the column is INTEGER)"
        case .text: "a string or null (the column is TEXT)"
        case .blob: "a value"
        case .real: "a real number such as 1.0, or null (the column is REAL)"
        case .numeric: "an integer, a real number with a fraction, a non-numeric string or null (the column is NUMERIC)"
        }
    }

    /// Whether a column of this affinity stores `value` with the same type and bits.
    func keepsUnchanged(_ value: DatabaseValue) -> Bool {
        switch (self, value.storage) {
        case (_, .null), (.blob, _): true
        case (.integer, .int64), (.text, .string), (.real, .double): true
        case (.numeric, .int64): true
        case (.numeric, .double(let real)): real.rounded() != real || abs(real) >= 9.2e18
        case (.numeric, .string(let text)): Double(text.trimmingCharacters(in: .whitespaces)) == nil
        default: false
        }
    }
}

extension ExportJSON {
    /// The value as it appears in the document, shortened, for messages.
    fileprivate var shown: String {
        let text = compact
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }

    fileprivate var kind: String { kindName }
}

extension DatabaseValue {
    fileprivate var shown: String {
        switch storage {
        case .null: "null"
        case .int64(let integer): "\(integer)"
        case .double(let real): ExportJSON.realText(real)
        case .string(let text): ExportJSON.string(text).shown
        case .blob(let data): "a blob of \(data.count) bytes"
        }
    }
}
