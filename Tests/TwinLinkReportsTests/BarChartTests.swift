import Testing
import TwinLinkReports

@Suite("SVG bar charts")
struct BarChartTests {
    func widths(_ svg: String, tone: String) -> [Int] {
        svg.matches(of: try! Regex(#"<rect class="\#(tone)" x="\d+" y="\d+" width="(\d+)""#)).map {
            Int($0.output[1].substring!)!
        }
    }

    @Test("bars are drawn to scale, the longest filling the bar area")
    func scale() {
        let chart = BarChart(
            id: "c", title: "Attended",
            groups: [
                [BarChart.Bar(label: "a", segments: [.init(5, .primary)], whole: 10, caption: "5 of 10")],
                [BarChart.Bar(label: "b", segments: [.init(10, .primary)], whole: 20, caption: "10 of 20")],
            ])
        #expect(widths(chart.svg, tone: "background") == [200, 400])
        #expect(widths(chart.svg, tone: "primary") == [100, 200])
    }

    @Test("every bar carries its label and its figures in words: no legend to look up")
    func directLabels() {
        let chart = BarChart(
            id: "c", title: "Costs",
            groups: [
                [
                    BarChart.Bar(
                        label: "visit-x", segments: [.init(300, .primary), .init(100, .secondary)],
                        caption: "city 3.00 + firms 1.00 EUR")
                ]
            ])
        #expect(chart.svg.contains(">visit-x</text>"))
        #expect(chart.svg.contains(">city 3.00 + firms 1.00 EUR</text>"))
        #expect(chart.svg.contains("<title id=\"chart-c-title\">Costs</title>"))
        #expect(!chart.svg.contains("legend"))
        #expect(widths(chart.svg, tone: "primary") == [300] && widths(chart.svg, tone: "secondary") == [100])
    }

    @Test("zero and negative values draw nothing; long labels are shortened")
    func edges() {
        let label = String(repeating: "x", count: 60)
        let chart = BarChart(
            id: "c", title: "t", groups: [[BarChart.Bar(label: label, segments: [.init(-3, .primary)], caption: "0")]])
        #expect(widths(chart.svg, tone: "primary").isEmpty)
        #expect(chart.svg.contains(String(repeating: "x", count: 41) + "\u{2026}"))
    }

    @Test("the report's charts show the figures of their tables")
    func fromTables() {
        let report = ReportScenario.report()
        let attendance = report.sections.flatMap(\.charts).first { $0.id == "attendance" }!
        let table = report.table("activities")
        for row in table.rows where !row.isTotal {
            let attended = row.cells[table.columns.firstIndex(of: "attended")!].csv
            let invited = row.cells[table.columns.firstIndex(of: "invited")!].csv
            #expect(attendance.svg.contains(">\(attended) attended of \(invited) invited</text>"))
        }
        let costs = report.sections.flatMap(\.charts).first { $0.id == "costs" }!
        #expect(costs.svg.contains(">city €570.25 + firms €1,360.00</text>"))
    }
}
