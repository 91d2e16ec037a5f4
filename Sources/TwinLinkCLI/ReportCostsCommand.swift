import ArgumentParser
import TwinLinkApp

struct CostsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "costs",
        abstract: "Record what activities cost the city, and what each delegate paid themselves.",
        subcommands: [CostsImportCommand.self])
}

struct CostsImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import cost sheets (CSV): per activity, the city's hours, rate, hall and service.",
        discussion: """
            Columns: activity, preparation_hours, hourly_rate, hall, service, sme_cost_per_delegate and \
            optionally note; amounts in the programme's currency (docs/attendance-and-outcomes.md). A \
            sheet replaces the costs stored for its activities. Bad rows are reported with file and line \
            and nothing is recorded (exit status 65).
            """)

    @Argument(help: ArgumentHelp("Cost sheets (CSV).", valueName: "file"))
    var files: [String]

    @OptionGroup var clock: AttendanceClockOptions
    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await importSheets(
            files, as: .costs, what: "costs", clock: clock, language: language, database: database)
    }
}
