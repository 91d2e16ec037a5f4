import ArgumentParser
import Foundation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkReports
import TwinLinkStore

struct OutcomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "outcome",
        abstract: "Record what came of the contacts: follow-ups, leads, offers, contracts, joint projects.",
        discussion: """
            An outcome belongs to a local firm at an activity, with a partner or a 1:1 meeting where \
            there is one; it comes from the first check right after the activity or the second some \
            months later (--check follow_up), with a date, a note and a usefulness rating 1-5. 'none' \
            records that nothing came of it (yet), with its rating.
            """,
        subcommands: [OutcomeAddCommand.self, OutcomeImportCommand.self])
}

struct OutcomeAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Record one outcome (replaces the same contact's, kind's and check's).")

    @Option(name: .long, help: ArgumentHelp("The activity id.", valueName: "id"))
    var activity: String

    @Option(name: .long, help: ArgumentHelp("The local firm (not needed with --meeting).", valueName: "id"))
    var sme: String?

    @Option(name: .long, help: ArgumentHelp("The 1:1 meeting, by request id.", valueName: "id"))
    var meeting: String?

    @Option(name: .long, help: ArgumentHelp("The partner enterprise.", valueName: "id"))
    var partner: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "none, follow_up_agreed, lead, offer_sent, contract or joint_project.", valueName: "outcome"))
    var outcome: String

    @Option(name: .long, help: ArgumentHelp("initial or follow_up.", valueName: "check"))
    var check = OutcomeCheck.initial.rawValue

    @Option(name: .long, help: ArgumentHelp("When it happened.", valueName: "YYYY-MM-DD"))
    var date: String

    @Option(name: .long, help: ArgumentHelp("Usefulness, 1 (not useful) to 5 (very useful).", valueName: "1-5"))
    var rating: Int?

    @Option(name: .long, help: ArgumentHelp("A short note.", valueName: "text"))
    var note: String?

    @Option(name: .long, help: ArgumentHelp("Who records it (default: $USER).", valueName: "name"))
    var by: String?

    @OptionGroup var clock: AttendanceClockOptions
    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let words = try language.words(try await workspace.registry().programme)
            let (entry, changes) = try await OutcomeAdd.run(
                OutcomeAdd.Request(
                    activity: activity, sme: sme, meeting: meeting, partner: partner, outcome: outcome, check: check,
                    date: date, rating: rating, note: note, actor: actor(by)),
                workspace: workspace, now: try clock.now(workspace))
            let stage = OutcomeStage(entry.kind).label
            let stageKey =
                "report_stage_"
                + stage.replacingOccurrences(of: " ", with: "_").replacingOccurrences(
                    of: "-", with: "_")
            print(
                words(
                    "outcome_set",
                    [
                        "change": words("record_" + recordChange(changes)), "firm": entry.enterpriseID.rawValue,
                        "partner": entry.partnerEnterpriseID.map { words("outcome_with", ["partner": $0.rawValue]) }
                            ?? "",
                        "activity": entry.activityID.rawValue, "stage": words.render(Message(stageKey)),
                        "date": entry.date.iso,
                    ]))
        } catch {
            throw report(error)
        }
    }
}

struct OutcomeImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import outcome surveys (CSV): the first check or the second some months later.",
        discussion: """
            Columns: activity, outcome, date, and optionally sme, meeting, partner_enterprise, check, \
            rating and note (docs/attendance-and-outcomes.md). Bad rows are reported with file and line \
            and nothing is recorded (exit status 65).
            """)

    @Argument(help: ArgumentHelp("Outcome surveys (CSV).", valueName: "file"))
    var files: [String]

    @OptionGroup var clock: AttendanceClockOptions
    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await importSheets(
            files, as: .outcomes, what: "outcome", clock: clock, language: language, database: database)
    }
}
