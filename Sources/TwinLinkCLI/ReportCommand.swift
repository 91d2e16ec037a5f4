import ArgumentParser
import Foundation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkReports

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the attendance, outcomes and costs report: report.html and a CSV per table.",
        discussion: """
            Covers the activities (not cancelled) whose first day lies between --from and --to \
            (default: up to the programme's reference date, else today): per activity, partner city, \
            sector, size class and quarter; fairness of the seats; outcomes and their conversion into \
            cooperation; what the city and the firms paid; attendance conflicts. The HTML is \
            self-contained with SVG charts; each table is also DIR/<table>.csv with the same figures \
            (docs/reports.md). The same database gives the same bytes.
            """)

    @Option(name: .long, help: ArgumentHelp("The first day of the period.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(name: .long, help: ArgumentHelp("The last day of the period.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the files.", valueName: "dir"))
    var out: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The report's language (default: $TWINLINK_LANGUAGE, else the programme's first language); the CSV files "
                + "stay language-neutral.",
            valueName: "code"))
    var language: String?

    @OptionGroup var clock: AttendanceClockOptions
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let code = try CoordinatorLanguageOption.documentCode(language)
            let result = try await ReportWrite.run(
                workspace: workspace, output: OutputFolder(out), from: try day(from, "--from"),
                to: try day(to, "--to"), now: try clock.now(workspace), language: code)
            for line in result.summary { print(line) }
            print(result.wroteLabel)
            for file in result.files { print("  \(file)") }
        } catch {
            throw report(error)
        }
    }

    private func day(_ text: String?, _ option: String) throws(TwinLinkError) -> LocalDate? {
        try text.map { text throws(TwinLinkError) in
            guard let date = LocalDate(iso: text) else {
                throw .invalidArgument("\(option) '\(text)': expected YYYY-MM-DD")
            }
            return date
        }
    }
}
