import TwinLinkDomain

/// The report's charts, each drawn from the figures of one of its tables (never computed apart),
/// so that a chart and its table always say the same; titles and captions in the report's language.
enum ReportCharts {
    /// Attended against invited, per activity.
    static func attendance(_ table: ReportTable, _ language: ReportLanguage) -> BarChart {
        let invited = table.column("invited")
        let attended = table.column("attended")
        let bars = table.rows.filter { !$0.isTotal }.map { row in
            BarChart.Bar(
                label: row.cells[0].csv, segments: [.init(row.cells[attended].magnitude, .primary)],
                whole: row.cells[invited].magnitude,
                caption: language.text(
                    "chart_attendance_caption",
                    ["attended": language.shown(row.cells[attended]), "invited": language.shown(row.cells[invited])]))
        }
        return BarChart(id: "attendance", title: language.text("chart_attendance_title"), groups: bars.map { [$0] })
    }

    /// Share of applications against share of seats, per group (size class or sector).
    static func seatShares(_ table: ReportTable, id: String, _ language: ReportLanguage) -> BarChart {
        let applications = table.column("share of applications (%)")
        let seats = table.column("share of seats (%)")
        let groups = table.rows.filter { !$0.isTotal }.map { row in
            [
                BarChart.Bar(
                    label: language.shown(row.cells[0]),
                    segments: [.init(row.cells[applications].magnitude, .secondary)],
                    caption: language.text(
                        "chart_share_of_applications", ["percent": language.shown(row.cells[applications])])),
                BarChart.Bar(
                    label: "", segments: [.init(row.cells[seats].magnitude, .primary)],
                    caption: language.text("chart_share_of_seats", ["percent": language.shown(row.cells[seats])])),
            ]
        }
        return BarChart(id: id, title: language.text("chart_" + ReportLanguage.slug(id) + "_title"), groups: groups)
    }

    /// The city's costs and the firms' own, stacked, per activity.
    static func costs(_ table: ReportTable, _ language: ReportLanguage) -> BarChart {
        let city = table.columns.firstIndex { $0.hasPrefix("city total") }!
        let firms = table.columns.firstIndex { $0.hasPrefix("firms total") }!
        let bars = table.rows.filter { !$0.isTotal }.map { row in
            BarChart.Bar(
                label: row.cells[0].csv,
                segments: [.init(row.cells[city].magnitude, .primary), .init(row.cells[firms].magnitude, .secondary)],
                caption: language.text(
                    "chart_costs_caption",
                    ["city": language.shown(row.cells[city]), "firms": language.shown(row.cells[firms])]))
        }
        return BarChart(id: "costs", title: language.text("chart_costs_title"), groups: bars.map { [$0] })
    }

    /// Contacts per furthest outcome at the first and at the second check.
    static func stages(_ table: ReportTable, _ language: ReportLanguage) -> BarChart {
        let groups = table.rows.filter { !$0.isTotal }.map { row in
            [
                BarChart.Bar(
                    label: language.shown(row.cells[0]), segments: [.init(row.cells[1].magnitude, .secondary)],
                    caption: language.text("chart_first_check", ["count": language.shown(row.cells[1])])),
                BarChart.Bar(
                    label: "", segments: [.init(row.cells[2].magnitude, .primary)],
                    caption: language.text("chart_second_check", ["count": language.shown(row.cells[2])])),
            ]
        }
        return BarChart(id: "outcome-stages", title: language.text("chart_outcome_stages_title"), groups: groups)
    }
}
