public import ArgumentParser
import Foundation
import TwinLinkApp

/// `twinlink`: the command-line shell over TwinLink's use cases.
public struct TwinLinkCommand: AsyncParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "twinlink",
        abstract: "Turn a city's partner-city relationships into business for its small firms.",
        discussion: """
            TwinLink keeps the programme's registry (local SMEs, partner cities and their firms, mutual \
            events, applications) in an embedded SQLite database and runs the programme cycle on it.

            The database is --db PATH, else $TWINLINK_DB, else ./twinlink.sqlite.
            Start with: twinlink run fixtures --out out
            """,
        version: version,
        subcommands: [
            RunCommand.self, ImportCommand.self, ImportCalendarCommand.self, ListCommand.self, PlanCommand.self,
            AllocateCommand.self, WithdrawCommand.self, ExplainCommand.self, DecisionsCommand.self,
            OverrideCommand.self,
            AuditCommand.self,
            ScheduleMeetingsCommand.self, InvitesCommand.self, ImportRepliesCommand.self, PacksCommand.self,
            InfoMaterialCommand.self,
            DigestCommand.self, AttendanceCommand.self, OutcomeCommand.self, CostsCommand.self, ReportCommand.self,
            ExportCommand.self, RestoreCommand.self, BackupCommand.self, ServeCommand.self, UsersCommand.self,
            PartnerFeedsCommand.self,
        ]
    )

    public init() {}

    /// The executable's entry point: parses the command line and runs the command asynchronously.
    public static func start() async {
        ProgressText.installOnTerminal()
        await main(nil)
    }
}

/// Options every command that touches the database shares.
struct DatabaseOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite database file (default: $TWINLINK_DB, else ./twinlink.sqlite).",
            valueName: "path"))
    var db: String?

    /// The workspace on the chosen database, with the clock `--now` asks for (`nil`: the
    /// programme's reference date, else the system clock).
    func workspace(now: String? = nil) throws -> Workspace {
        let path = Workspace.resolvePath(option: db, environment: ProcessInfo.processInfo.environment)
        do {
            return try Workspace(databasePath: path, clock: ProgrammeClock(option: now))
        } catch {
            throw report(error)
        }
    }
}

/// Standard error for people: `text` made terminal-safe (`TerminalText`), then a line feed.
func standardError(_ text: String) {
    FileHandle.standardError.write(Data((TerminalText.safe(text) + "\n").utf8))
}

/// Who a change is recorded as made by (audit trail, typed-in records): `--by`, else `$USER`,
/// else `coordinator`.
func actor(_ option: String?) -> String {
    if let option, !option.trimmingCharacters(in: .whitespaces).isEmpty { return option }
    return ProcessInfo.processInfo.environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? "coordinator"
}

/// Stable JSON for tools on standard output, with a final newline.
func printJSON(_ data: Data) {
    var data = data
    data.append(0x0A)
    FileHandle.standardOutput.write(data)
}
