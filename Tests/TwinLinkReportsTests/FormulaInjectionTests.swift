import Foundation
import Testing
import TwinLinkDomain
import TwinLinkReports

/// OWASP "CSV Injection": a name a firm typed must not run as a formula in a spreadsheet.
@Suite struct FormulaInjectionTests {
    @Test(arguments: [
        "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tx",
    ])
    func aTextCellThatStartsAFormulaIsGuarded(_ name: String) throws {
        var records = ReportScenario.records(firmName: name)
        records.attendance.removeAll {
            $0.personID.rawValue.hasPrefix("p-a") && $0.activityID.rawValue == "visit-ev-out"
        }
        let report = ReportBuilder.build(records, period: ReportScenario.period)
        let csv = report.table("never-travelled").csv
        let cells = CSVText.rows(csv).dropFirst().flatMap { $0 }
        let guarded = try #require(cells.first { $0.contains(name.trimmingCharacters(in: .whitespaces)) })
        #expect(guarded == "'" + name)
        #expect(!cells.contains { cell in cell.first.map { "=+-@\t\r".contains($0) } ?? false })
    }

    @Test func numbersKeepTheirSign() {
        let table = ReportTable(
            id: "t", title: "T", explanation: "", columns: ["Name", "Amount"],
            rows: [.init([.text("-ok"), .money(Money(cents: -1250, currency: .euro))])])
        #expect(table.csv == "Name,Amount\r\n'-ok,-12.50\r\n")
    }
}
