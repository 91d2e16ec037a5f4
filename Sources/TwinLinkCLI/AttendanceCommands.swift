import ArgumentParser
import Foundation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkImport
import TwinLinkLocalization
import TwinLinkReports
import TwinLinkStore

struct AttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "Record who came: check-in lists, single records, declined invites; list conflicts.",
        discussion: """
            Attendance is kept per person and activity, activity day or 1:1 meeting, as attended, \
            no_show, excused or late_cancellation (docs/attendance-and-outcomes.md). A later record for \
            the same person, activity, day and meeting replaces the earlier one.
            """,
        subcommands: [
            AttendanceImportCommand.self, AttendanceSetCommand.self, AttendanceRepliesCommand.self,
            AttendanceConflictsCommand.self,
        ])
}

struct AttendanceImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import check-in lists (CSV) as a sign-in sheet or a scanning app exports them.",
        discussion: """
            Columns: person (id or e-mail), activity, status, and optionally day, meeting and time. \
            Every problem is reported as FILE:LINE: field 'NAME' value 'VALUE': what is wrong; then the \
            command exits with status 65 and nothing from the files is recorded. Conflicts (a no-show \
            who attended a 1:1 meeting that day, someone recorded who was not expected) are listed \
            after the import; they do not stop it.
            """)

    @Argument(help: ArgumentHelp("Check-in lists (CSV).", valueName: "file"))
    var files: [String]

    @OptionGroup var clock: AttendanceClockOptions
    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        try await importSheets(
            files, as: .attendance, what: "attendance", clock: clock, language: language, database: database)
    }
}

struct AttendanceSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Record or correct one person's attendance at an activity, a day or a 1:1 meeting.")

    @Option(name: .long, help: ArgumentHelp("The person's id or e-mail.", valueName: "person"))
    var person: String

    @Option(name: .long, help: ArgumentHelp("The activity id (visit-…, intro-…, b2b-…).", valueName: "id"))
    var activity: String

    @Option(name: .long, help: ArgumentHelp("attended, no_show, excused or late_cancellation.", valueName: "status"))
    var status: String

    @Option(
        name: .long, help: ArgumentHelp("A day of the activity (default: the whole activity).", valueName: "YYYY-MM-DD")
    )
    var day: String?

    @Option(name: .long, help: ArgumentHelp("A 1:1 meeting of the session, by request id.", valueName: "id"))
    var meeting: String?

    @Option(name: .long, help: ArgumentHelp("When the person checked in.", valueName: "ISO-8601"))
    var time: String?

    @Option(name: .long, help: ArgumentHelp("Who records it (default: $USER).", valueName: "name"))
    var by: String?

    @OptionGroup var clock: AttendanceClockOptions
    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let words = try language.words(try await workspace.registry().programme)
            let result = try await AttendanceSet.run(
                AttendanceSet.Request(
                    person: person, activity: activity, day: day, meeting: meeting, status: status, time: time,
                    actor: actor(by)),
                workspace: workspace, now: try clock.now(workspace))
            let record = result.record
            let what = [
                record.day?.iso, record.meetingRequestID.map { words("attendance_meeting", ["meeting": $0.rawValue]) },
            ].compactMap { $0 }
            print(
                words(
                    "attendance_set",
                    [
                        "change": words("record_" + recordChange(result.changes)), "person": record.personID.rawValue,
                        "status": words.render(record.status.message), "activity": record.activityID.rawValue,
                        "what": what.isEmpty ? "" : " (\(what.joined(separator: ", ")))",
                    ]))
            printConflicts(result.conflicts, words: words)
        } catch {
            throw report(error)
        }
    }
}

struct AttendanceRepliesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replies",
        abstract: "Excuse everyone who declined an invite (RSVP replies already imported).",
        discussion: """
            A DECLINED reply (twinlink import-replies) becomes 'excused' for that activity or 1:1 \
            meeting, unless a record is already there: check-in lists and records set by hand win. \
            Accepted and tentative replies record nothing; the check-in lists say who came.
            """)

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let words = try language.words(try await workspace.registry().programme)
            let changes = try await AttendanceFromReplies.run(workspace: workspace)
            print(
                words(
                    "attendance_excused",
                    ["new": words.number(changes.inserted), "corrected": words.number(changes.updated)]))
        } catch {
            throw report(error)
        }
    }
}

struct AttendanceConflictsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts",
        abstract: "List the attendance records that contradict the plan or each other.")

    @Option(name: .long, help: ArgumentHelp("Only this activity.", valueName: "id"))
    var activity: String?

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let words = try language.words(try await workspace.registry().programme)
            let conflicts = try await AttendanceConflicts.list(workspace: workspace).filter {
                activity == nil || $0.activityID.rawValue == activity
            }
            if conflicts.isEmpty { print(words("no_conflicts")) }
            printConflicts(conflicts, words: words)
        } catch {
            throw report(error)
        }
    }
}

/// `--now`, for the commands that judge dates against the programme's today.
struct AttendanceClockOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "As of this instant: the day that counts as today (default: the programme's reference date, else now).",
            valueName: "ISO-8601"))
    var now: String?

    func now(_ workspace: Workspace) async throws(TwinLinkError) -> Date {
        try await ProgrammeClock.now(option: now, programme: try workspace.registry().programme)
    }
}

/// Imports sheets of one kind and prints what changed and the conflicts; on bad rows prints each
/// problem and exits with status 65, nothing recorded.
func importSheets(
    _ files: [String], as sheet: AttendanceImport.Sheet, what: String, clock: AttendanceClockOptions,
    language: CoordinatorLanguageOption, database: DatabaseOptions
) async throws {
    let workspace = try database.workspace()
    do {
        let result = try await AttendanceImport.run(
            files.map { ($0, sheet) }, workspace: workspace, now: try await clock.now(workspace))
        let words = try language.words(try await workspace.registry().programme)
        print(words("recorded_from", ["files": files.joined(separator: ", ")]))
        print(AttendanceImport.describe(result.changes, words: words))
        printConflicts(result.conflicts, words: words)
    } catch .badInput(let failure) {
        for issue in failure.issues { standardError(issue.description) }
        let count = failure.issues.count == 1 ? "1 problem" : "\(failure.issues.count) problems"
        standardError("\(what) import refused: \(count); nothing was recorded")
        throw ExitCode(65)
    } catch {
        throw report(error)
    }
}

/// `recorded`, `corrected` or `unchanged`: what a single record did.
func recordChange(_ changes: RegistryChanges.Table) -> String {
    changes.inserted > 0 ? "recorded" : changes.updated > 0 ? "corrected" : "unchanged"
}

/// The conflicts an import or a record left, each with its kind and what is wrong, in the
/// coordinator's language (the report's own words for them).
func printConflicts(_ conflicts: [AttendanceConflict], words: CLIWords) {
    guard !conflicts.isEmpty else { return }
    print(words.count("conflicts_to_look_at", conflicts.count))
    for conflict in conflicts {
        var location = "\(conflict.activityID) \(conflict.personID)"
        if let day = conflict.day { location += " \(day)" }
        if let meeting = conflict.meetingRequestID { location += " \(meeting)" }
        print(
            "  \(words.render(Message("report_conflict_kind_" + conflict.kind.rawValue))): "
                + "\(location): \(words.render(conflict.message))")
    }
}
