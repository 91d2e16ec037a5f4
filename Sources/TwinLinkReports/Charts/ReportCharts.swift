import TwinLinkDomain

/// The report's charts, each drawn from the figures of one of its tables (never computed apart),
/// so that a chart and its table always say the same.
enum ReportCharts {
    /// Attended against invited, per activity.
    static func attendance(_ table: ReportTable) -> BarChart {
        let invited = table.column("invited")
        let attended = table.column("attended")
        let bars = table.rows.filter { !$0.isTotal }.map { row in
            BarChart.Bar(
                label: row.cells[0].csv, segments: [.init(row.cells[attended].magnitude, .primary)],
                whole: row.cells[invited].magnitude,
                caption: "\(row.cells[attended].display) attended of \(row.cells[invited].display) invited")
        }
        return BarChart(id: "attendance", title: "Attended of invited, per activity", groups: bars.map { [$0] })
    }

    /// Share of applications against share of seats, per group (size class or sector).
    static func seatShares(_ table: ReportTable, id: String, title: String) -> BarChart {
        let applications = table.column("share of applications (%)")
        let seats = table.column("share of seats (%)")
        let groups = table.rows.filter { !$0.isTotal }.map { row in
            [
                BarChart.Bar(
                    label: row.cells[0].csv, segments: [.init(row.cells[applications].magnitude, .secondary)],
                    caption: "\(row.cells[applications].display) % of applications"),
                BarChart.Bar(
                    label: "", segments: [.init(row.cells[seats].magnitude, .primary)],
                    caption: "\(row.cells[seats].display) % of seats"),
            ]
        }
        return BarChart(id: id, title: title, groups: groups)
    }

    /// The city's costs and the firms' own, stacked, per activity.
    static func costs(_ table: ReportTable) -> BarChart {
        let city = table.columns.firstIndex { $0.hasPrefix("city total") }!
        let firms = table.columns.firstIndex { $0.hasPrefix("firms total") }!
        let unit = table.columns[city].split(separator: "(").last.map { String($0.dropLast()) } ?? ""
        let bars = table.rows.filter { !$0.isTotal }.map { row in
            BarChart.Bar(
                label: row.cells[0].csv,
                segments: [.init(row.cells[city].magnitude, .primary), .init(row.cells[firms].magnitude, .secondary)],
                caption: "city \(row.cells[city].display) + firms \(row.cells[firms].display) \(unit)")
        }
        return BarChart(id: "costs", title: "What the city and the firms paid, per activity", groups: bars.map { [$0] })
    }

    /// Contacts per furthest outcome at the first and at the second check.
    static func stages(_ table: ReportTable) -> BarChart {
        let groups = table.rows.filter { !$0.isTotal }.map { row in
            [
                BarChart.Bar(
                    label: row.cells[0].csv, segments: [.init(row.cells[1].magnitude, .secondary)],
                    caption: "\(row.cells[1].display) at the first check"),
                BarChart.Bar(
                    label: "", segments: [.init(row.cells[2].magnitude, .primary)],
                    caption: "\(row.cells[2].display) at the second check"),
            ]
        }
        return BarChart(
            id: "outcome-stages", title: "Contacts by furthest outcome, first and second check", groups: groups)
    }
}
