/// What the HTML template reads: the report as plain strings and flags (Mustache escapes every
/// `{{value}}`; only the SVG charts, built and escaped by `BarChart`, go in unescaped).
struct ReportView {
    struct Header {
        let text: String
        /// The CSV file's column name.
        let value: String
        let style: String
    }

    struct Cell {
        let text: String
        /// The CSV file's value, for scripts that compare the two.
        let value: String
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

    /// The page's `lang`.
    let language: String
    let title: String
    /// The page's own words in the report's language.
    let pageTitle: String
    let subtitle: String
    let sectionsLabel: String
    let notesTitle: String
    let nothingToReport: String
    let dataLabel: String
    let sections: [Section]
    let notes: [String]
    let hasNotes: Bool

    init(_ report: Report) {
        let words = ReportLanguage(report.language)
        let period = words.period(report.period)
        language = words.code
        title = report.title
        pageTitle = words.text("page_title", ["programme": report.title, "period": period])
        subtitle = words.text("subtitle", ["period": period, "author": report.author])
        sectionsLabel = words.text("sections")
        notesTitle = words.text("notes")
        nothingToReport = words.text("nothing_to_report")
        dataLabel = words.text("data")
        notes = report.notes
        hasNotes = !report.notes.isEmpty
        sections = report.sections.map { section in
            Section(
                id: section.id, title: section.title, intro: section.intro,
                charts: section.charts.map { Chart(svg: $0.svg) }, tables: section.tables.map { Self.table($0, words) })
        }
    }

    private static func table(_ table: ReportTable, _ words: ReportLanguage) -> Table {
        let styles = table.columns.indices.map { style(ofColumn: $0, in: table) }
        return Table(
            id: table.id, title: table.title, explanation: table.explanation, csvFile: table.csvFileName,
            headers: table.columns.indices.map {
                Header(text: table.headers[$0], value: table.columns[$0], style: styles[$0])
            },
            rows: table.rows.map { row in
                Row(
                    total: row.isTotal,
                    cells: row.cells.enumerated().map {
                        Cell(text: words.shown($1), value: SpreadsheetFormulaGuard.csv($1), style: styles[$0])
                    })
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
