/// What the HTML template reads: the report as plain strings and flags (Mustache escapes every
/// `{{value}}`; only the SVG charts, built and escaped by `BarChart`, go in unescaped).
struct ReportView {
    struct Header {
        let text: String
        let style: String
    }

    struct Cell {
        let text: String
        /// The cell's class: `num` (right-aligned figures), `date`, `key` (an id, never broken) or
        /// `wide` (running text).
        let style: String
    }

    struct Row {
        let total: Bool
        let cells: [Cell]
    }

    struct Table {
        let id: String
        let title: String
        let explanation: String
        let csvFile: String
        let headers: [Header]
        let rows: [Row]
        let empty: Bool
    }

    struct Chart {
        let svg: String
    }

    struct Section {
        let id: String
        let title: String
        let intro: String
        let charts: [Chart]
        let tables: [Table]
    }

    let title: String
    let author: String
    let period: String
    let sections: [Section]
    let notes: [String]
    let hasNotes: Bool

    init(_ report: Report) {
        title = report.title
        author = report.author
        period = report.period.description
        notes = report.notes
        hasNotes = !report.notes.isEmpty
        sections = report.sections.map { section in
            Section(
                id: section.id, title: section.title, intro: section.intro,
                charts: section.charts.map { Chart(svg: $0.svg) }, tables: section.tables.map(Self.table))
        }
    }

    private static func table(_ table: ReportTable) -> Table {
        let styles = table.columns.indices.map { style(ofColumn: $0, in: table) }
        return Table(
            id: table.id, title: table.title, explanation: table.explanation, csvFile: table.csvFileName,
            headers: zip(table.columns, styles).map { Header(text: $0, style: $1) },
            rows: table.rows.map { row in
                Row(total: row.isTotal, cells: row.cells.enumerated().map { Cell(text: $1.display, style: styles[$0]) })
            },
            empty: table.rows.isEmpty)
    }

    /// Figures align right (a column is numeric when its first value is; empty cells do not
    /// decide); the first column holds ids or names that should not break; long text wraps wide.
    private static func style(ofColumn column: Int, in table: ReportTable) -> String {
        let first = table.rows.lazy.map { $0.cells[column] }.first { $0 != .empty }
        if first?.isNumeric ?? false { return "num" }
        if case .date? = first { return "date" }
        if column == 0 { return "key" }
        return ["title", "detail", "name"].contains(table.columns[column]) ? "wide" : ""
    }
}
