import Testing
import TwinLinkDomain
import TwinLinkReports

@Suite("Fairness, outcomes and costs")
struct FairnessAndCostTests {
    let report = ReportScenario.report()

    @Test("seats by size class against applications")
    func seats() {
        let table = report.table("seats-by-size-class")
        #expect(table.rows.map { $0.cells[0].csv } == ["micro", "small", "medium", "large", "Total"])
        #expect(table.value("micro", "applications") == "2")
        #expect(table.value("micro", "share of applications (%)") == "50.0")
        #expect(table.value("micro", "seats") == "2")
        #expect(table.value("medium", "acceptance rate (%)") == "")
        #expect(table.value("Total", "share of seats (%)") == "100.0")
    }

    @Test("firms that applied to travel but never did")
    func neverTravelled() {
        // p-a1 and p-a2 attended the outgoing visit: sme-a travelled; p-b1 was a no-show.
        let summary = report.table("travel")
        #expect(summary.rows[0].cells.map(\.csv) == ["4", "1", "3", "1"])
        let never = report.table("never-travelled")
        #expect(
            never.rows.map { $0.cells.map(\.csv) } == [
                ["sme-b", "sme-b sp. z o.o.", "small", "C Manufacturing", "1", "1"]
            ])
    }

    @Test("contacts by furthest outcome at each check, and their conversion into cooperation")
    func conversion() {
        let stages = report.table("outcome-stages")
        #expect(stages.value("lead", "contacts at the first check") == "1")
        #expect(stages.value("contract", "contacts at the second check") == "1")
        #expect(stages.value("Total", "contacts at the first check") == "4")
        let conversion = report.table("conversion")
        #expect(conversion.value("visit-ev-out", "checked again") == "1")
        #expect(conversion.value("visit-ev-out", "conversion (%)") == "100.0")
        #expect(conversion.value("Total", "leads at the first check") == "2")
        #expect(conversion.value("Total", "cooperation at the second check") == "2")
    }

    @Test("costs: the city's hours at the rate, hall and service; the firms' per delegate who came")
    func costs() {
        let table = report.table("costs")
        #expect(table.rows.count == 2)
        // 10.5 h × 40.00 = 420.00; + 100.00 + 50.25 = 570.25. p-a1 and p-a2 came: 2 × 680.00.
        #expect(table.value("visit-ev-out", "preparation (EUR)") == "420.00")
        #expect(table.value("visit-ev-out", "city total (EUR)") == "570.25")
        #expect(table.value("visit-ev-out", "delegates who came") == "2")
        #expect(table.value("visit-ev-out", "firms total (EUR)") == "1360.00")
        #expect(table.value("visit-ev-out", "total (EUR)") == "1930.25")
        // 570.25 / 1930.25 = 29.54 %.
        #expect(table.value("Total", "city share (%)") == "29.5")
        #expect(
            report.notes.contains {
                $0.hasPrefix("No costs recorded for 3 activities: intro-ev-out, visit-ev-home, b2b-ev-home.")
            })
    }

    @Test(
        "preparation hours cost to the cent, rounded half up",
        arguments: [
            ("1", "45.00", "45.00"), ("0.25", "45.01", "11.25"), ("0.01", "0.50", "0.01"), ("12.34", "33.33", "411.29"),
        ])
    func hours(hours: String, rate: String, cost: String) {
        let money = WorkHours(text: hours)!.cost(at: Money.parse(rate, currency: .euro)!)
        #expect(money.plainAmount == cost)
    }

    @Test(
        "work hours reject what is not hours with at most two decimals",
        arguments: ["", "-1", "1.234", "1,5", "h", "100000"])
    func badHours(text: String) {
        #expect(WorkHours(text: text) == nil)
    }
}
