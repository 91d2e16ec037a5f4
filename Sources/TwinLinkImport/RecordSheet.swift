public import Foundation

/// A CSV file of records kept beside the registry — check-in lists, outcome surveys, cost sheets
/// — read with the registry's CSV rules (UTF-8 with or without a byte-order mark, RFC 4180
/// quoting, line breaks inside quoted cells, a header naming the columns). The caller turns the
/// rows into records; every problem, the file's and the rows', is an `ImportIssue` with file,
/// line, field and value.
public struct RecordSheet: Sendable {
    /// One record of the file, with the line it starts on.
    public struct Row: Sendable {
        public let file: String
        public let line: Int
        public let values: [String: String]

        /// The trimmed text of a column; `nil` when empty or absent.
        public func value(_ column: String) -> String? {
            guard let value = values[column]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
                return nil
            }
            return value
        }

        /// A problem with a column of this row, quoting what the row holds there.
        public func issue(_ column: String, _ problem: String) -> ImportIssue {
            ImportIssue(file: file, line: line, field: column, value: values[column] ?? "", problem: problem)
        }
    }

    /// The file as the user named it.
    public let file: String
    public let columns: [String]
    public let rows: [Row]

    /// Reads `data` as a sheet with the `required` columns and any of the `optional` ones.
    /// - Returns: the rows that could be read and every problem found; no sheet when the file
    ///   cannot be read as a table at all (encoding, quoting, header).
    public static func read(
        data: Data, file: String, required: [String], optional: [String] = [], format: CSVFormat = .standard
    ) -> (sheet: RecordSheet?, issues: [ImportIssue]) {
        let log = IssueLog()
        let schema = TableSchema(file, required: required, optional: optional)
        guard let table = CSVTable.load(data: data, file: file, schema: schema, format: format, log: log) else {
            return (nil, log.issues)
        }
        let rows = table.records.map { Row(file: file, line: $0.line, values: $0.values) }
        return (RecordSheet(file: file, columns: table.columns, rows: rows), log.issues)
    }
}
