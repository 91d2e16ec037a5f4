import Foundation
import Testing
import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkReports

@Suite("The written report")
struct ReportOutputTests {
    let renderer = try! ReportRenderer()

    func files(_ report: Report) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: renderer.files(for: report).map { ($0.name, $0.data) })
    }

    @Test("every table of the HTML has its CSV file, and every figure of the two agrees")
    func htmlAgreesWithCSV() throws {
        let report = ReportScenario.report()
        let files = files(report)
        let html = String(decoding: try #require(files["report.html"]), as: UTF8.self)
        let tables = HTMLTables(html).tables
        #expect(tables.map(\.csvFile) == report.tables.filter { !$0.rows.isEmpty }.map(\.csvFileName))
        #expect(Set(files.keys) == Set(report.tables.map(\.csvFileName) + ["report.html"]))
        var compared = 0
        for table in tables {
            let csv = CSVText.rows(String(decoding: try #require(files[table.csvFile]), as: UTF8.self))
            #expect(csv.first == table.header.map(\.value), "\(table.csvFile) header")
            #expect(csv.count - 1 == table.rows.count, "\(table.csvFile) rows")
            for (htmlRow, csvRow) in zip(table.rows, csv.dropFirst()) {
                #expect(htmlRow.map(\.value) == csvRow, "\(table.csvFile)")
                for cell in htmlRow where !shows(cell.shown, cell.value) {
                    Issue.record("\(table.csvFile): '\(cell.shown)' does not show '\(cell.value)'")
                }
                compared += csvRow.count
            }
        }
        #expect(compared > 300)
    }

    @Test("figures are written as the reader's locale writes them in the HTML and plain in the CSV")
    func formats() {
        let english = LocaleFormat(locale: Locale(identifier: "en_GB"))
        let czech = LocaleFormat(locale: Locale(identifier: "cs_CZ"))
        let nbsp = "\u{A0}"
        #expect(ReportCell.money(.euros(123_456_789)).shown(english) == "€1,234,567.89")
        #expect(
            ReportCell.money(Money(cents: 2_400_050, currency: CurrencyCode(rawValue: "CZK")!)).shown(czech)
                == "24\(nbsp)000,50\(nbsp)Kč")
        #expect(ReportCell.money(.euros(123_456_789)).csv == "1234567.89")
        #expect(ReportCell.count(12_345).shown(english) == "12,345")
        #expect(ReportCell.count(12_345).shown(czech) == "12\(nbsp)345")
        #expect(ReportCell.percent(1000).shown(english) == "100.0")
        #expect(ReportCell.percent(125).shown(czech) == "12,5")
        #expect(ReportCell.percent(nil).shown(czech) == "\u{2013}")
        #expect(ReportCell.percent(nil).csv == "")
        #expect(ReportCell.average(367).csv == "3.67")
        #expect(ReportCell.average(5).csv == "0.05")
        #expect(ReportCell.hours(WorkHours(hundredths: 123_450)).shown(english) == "1,234.50")
        #expect(ReportCell.label("Total", shown: "Celkem").csv == "Total")
    }

    @Test("the same records give the same bytes, whatever order they come in")
    func deterministic() {
        let first = renderer.files(for: ReportScenario.report())
        var shuffled = ReportScenario.records()
        shuffled.attendance.reverse()
        shuffled.outcomes.reverse()
        shuffled.activities.reverse()
        shuffled.scheduledMeetings.reverse()
        let second = renderer.files(for: ReportBuilder.build(shuffled, period: ReportScenario.period))
        #expect(first == second)
    }

    @Test("what people typed is escaped in the HTML, its charts and the CSV")
    func escaping() throws {
        let name = "<script>alert(\"x\")</script> & Söhne, 'Quote'"
        var records = ReportScenario.records(firmName: name)
        // sme-a then never travelled: its name shows in that table. An activity title too.
        records.attendance.removeAll {
            $0.personID.rawValue.hasPrefix("p-a") && $0.activityID.rawValue == "visit-ev-out"
        }
        records.activities[0].title = name
        let report = ReportBuilder.build(records, period: ReportScenario.period)
        let html = renderer.html(report)
        #expect(!html.contains("<script"))
        let escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Söhne, &#39;Quote&#39;"
        // Twice shown (the firm's name, the activity's title) and twice as the CSV value beside it.
        #expect(html.components(separatedBy: escaped).count - 1 == 4)
        #expect(report.table("never-travelled").csv.contains("\"<script>alert(\"\"x\"\")</script> & Söhne, 'Quote'\""))
        let chart = BarChart(
            id: "t", title: "A & B",
            groups: [[BarChart.Bar(label: name, segments: [.init(1, .primary)], caption: "<1>")]])
        #expect(!chart.svg.contains("<script"))
        #expect(chart.svg.contains("&lt;script&gt;alert(&quot;x&quot;)"))
        #expect(chart.svg.contains("&lt;1&gt;"))
        #expect(chart.svg.contains("<title id=\"chart-t-title\">A &amp; B</title>"))
    }

    @Test("the page is self-contained: no scripts, no external style sheets, images or fonts")
    func selfContained() {
        let html = renderer.html(ReportScenario.report())
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src="))
        #expect(!html.contains("url("))
        #expect(!html.contains("@import"))
        let links = html.matches(of: try! Regex(#"href="([^"]*)""#)).map { String($0.output[1].substring!) }
        #expect(links.allSatisfy { $0.hasPrefix("#") || $0.hasSuffix(".csv") })
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.components(separatedBy: "<svg").count - 1 == 5)
    }

    @Test("a template that does not parse is reported with its place")
    func badTemplate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "report-template-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("<p>{{#sections}}\n{{title}}\n".utf8).write(to: folder.appendingPathComponent("report.mustache"))
        #expect(throws: ReportError.self) { try ReportRenderer(templatesFolder: folder) }
        #expect(throws: ReportError.templatesNotFound(path: "/nonexistent")) {
            try ReportRenderer(templatesFolder: URL(fileURLWithPath: "/nonexistent"))
        }
    }
}
