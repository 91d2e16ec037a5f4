import Foundation
import TwinLinkDomain
import TwinLinkLocalization

/// The report's words and figures in one language: the `report_` texts of the shared catalogue
/// (`TwinLinkLocalization`) and the locale's formats for numbers, days and money. The CSV files
/// keep their language-neutral values; this is what people read. One instance serves one report
/// (its formatter caches and is not shared between threads).
final class ReportLanguage {
    let catalogue: Catalogue
    let format: LocaleFormat
    let messages: MessageRenderer

    init(_ code: String) {
        catalogue = CatalogueSet.shippedCatalogue(code)
        format = LocaleFormat(catalogue)
        messages = MessageRenderer(catalogue: catalogue, format: format)
    }

    /// The ISO 639-1 code of the language the report is written in.
    var code: String { catalogue.language }

    /// The report's text `report_<key>`, placeholders filled.
    func text(_ key: String, _ values: [String: String] = [:]) -> String { catalogue.text("report_" + key, values) }

    /// The counted text `report_<key>` in the plural form `count` needs.
    func counted(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        messages.render(Message("report_" + key, values.mapValues { .verbatim($0) }, count: count))
    }

    /// A table `id` with its title, explanation and headers in this language (`report_table_<id>_title`,
    /// `report_table_<id>_explanation`, with `report_figures_explanation` after it where `figures`).
    func table(_ id: String, columns: [String], rows: [ReportTable.Row], figures: Bool = false) -> ReportTable {
        let key = "table_" + Self.slug(id)
        var explanation = text(key + "_explanation")
        if figures { explanation += " " + text("figures_explanation") }
        return ReportTable(
            id: id, title: text(key + "_title"), explanation: explanation, columns: columns,
            headers: columns.map(header), rows: rows)
    }

    /// A cell as people read it in this language.
    func shown(_ cell: ReportCell) -> String { cell.shown(format) }

    /// `Total` in the CSV, the language's word in the HTML.
    var total: ReportCell { .label("Total", shown: text("total")) }

    /// The header people read for a CSV column: `hall (EUR)` is `report_column_hall` (the cells
    /// show the currency), `no-show rate (%)` is `report_column_no_show_rate`.
    func header(_ column: String) -> String { text("column_" + Self.slug(column)) }

    /// The activity's English title in the CSV; in the HTML, in this language where the planner
    /// wrote it (its message), else as written.
    func title(_ activity: Activity) -> ReportCell {
        guard let message = activity.titleMessage else { return .text(activity.title) }
        return .label(activity.title, shown: messages.render(message))
    }

    /// `outgoing visit` in the CSV, the language's name of the kind in the HTML.
    func kind(_ kind: Activity.Kind) -> ReportCell {
        .label(ReportScope.label(kind), shown: catalogue.text(ReportScope.kindKey(kind)))
    }

    /// `C Manufacturing` in the CSV, the section's name in the language in the HTML.
    func sector(_ section: NACESection?) -> ReportCell {
        let shown = section.map { "\($0.letter) " + catalogue.text("nace_\($0.letter)") } ?? text("no_sector")
        return .label(ReportScope.label(section), shown: shown)
    }

    /// `medium` in the CSV, the language's name of the size class in the HTML.
    func sizeClass(_ sizeClass: SizeClass) -> ReportCell {
        .label(sizeClass.rawValue, shown: text("size_" + sizeClass.rawValue))
    }

    /// `joint project` in the CSV, the language's name of the stage in the HTML.
    func stage(_ stage: OutcomeStage) -> ReportCell {
        .label(stage.label, shown: text("stage_" + Self.slug(stage.label)))
    }

    /// `2026-Q3` in the CSV, the language's way of naming a quarter in the HTML.
    func quarter(of day: LocalDate) -> ReportCell {
        let quarter = (day.month - 1) / 3 + 1
        return .label(
            ReportScope.quarter(of: day),
            shown: text("quarter", ["year": String(day.year), "quarter": String(quarter)]))
    }

    /// `allocation v3` in the CSV, the language's words in the HTML.
    func basis(_ delegation: Delegation?) -> ReportCell {
        guard let delegation else { return .text("") }
        return .label(delegation.basisText, shown: messages.render(delegation.basisMessage))
    }

    /// `2026-07-01 to 2026-12-01`, `up to 2026-12-01`, with the days as the language writes them.
    func period(_ period: ReportPeriod) -> String {
        let to = day(period.to)
        guard let from = period.from else { return text("period_until", ["to": to]) }
        return text("period_between", ["from": day(from), "to": to])
    }

    func day(_ date: LocalDate) -> String { format.date(year: date.year, month: date.month, day: date.day, .plain) }

    /// `no_show_rate` from `no-show rate (%)`: lower-case letters and digits joined by `_`, without a
    /// trailing unit in brackets.
    static func slug(_ text: String) -> String {
        var name = Substring(text)
        if name.hasSuffix(")"), let open = name.lastIndex(of: "(") { name = name[..<open] }
        var slug = ""
        for character in name.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "_" {
                slug.append("_")
            }
        }
        while slug.last == "_" { slug.removeLast() }
        return slug
    }
}
