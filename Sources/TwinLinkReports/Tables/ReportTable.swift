import Foundation

/// A table of the report: written as an HTML table and as a CSV file of the same name with the
/// same rows and columns.
public struct ReportTable: Hashable, Sendable {
    public struct Row: Hashable, Sendable {
        public let cells: [ReportCell]
        /// A total row, set apart in the HTML (the CSV marks it by its first cell, `Total`).
        public let isTotal: Bool

        public init(_ cells: [ReportCell], isTotal: Bool = false) {
            self.cells = cells
            self.isTotal = isTotal
        }
    }

    /// Names the CSV file (`<id>.csv`) and the HTML anchor.
    public let id: String
    public let title: String
    /// What the rows count, in a sentence or two.
    public let explanation: String
    /// The CSV file's column names: language-neutral, stable for spreadsheets and scripts.
    public let columns: [String]
    /// The column headers people read in the HTML, in the report's language.
    public let headers: [String]
    public let rows: [Row]

    public init(
        id: String, title: String, explanation: String, columns: [String], headers: [String]? = nil, rows: [Row]
    ) {
        precondition(rows.allSatisfy { $0.cells.count == columns.count }, "table \(id): row width")
        precondition(headers.map { $0.count == columns.count } ?? true, "table \(id): header width")
        self.id = id
        self.title = title
        self.explanation = explanation
        self.columns = columns
        self.headers = headers ?? columns
        self.rows = rows
    }

    public var csvFileName: String { "\(id).csv" }

    /// RFC 4180: comma-separated, CRLF line ends, fields quoted where they hold a comma, a quote
    /// or a line break, quotes doubled. Text that a spreadsheet would run as a formula is guarded
    /// (`SpreadsheetFormulaGuard`).
    public var csv: String {
        let lines = [columns] + rows.map { $0.cells.map(SpreadsheetFormulaGuard.csv) }
        return lines.map { $0.map(Self.quoted).joined(separator: ",") + "\r\n" }.joined()
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The column named `title`, for charts drawn from the table.
    func column(_ title: String) -> Int {
        guard let index = columns.firstIndex(of: title) else { preconditionFailure("no column \(title) in \(id)") }
        return index
    }
}
