import ArgumentParser
import Foundation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkMeetingScheduler

struct ScheduleMeetingsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule-meetings",
        abstract: "Schedule a B2B session's 1:1 meetings, with a proven upper bound on their weight.",
        discussion: """
            With ACTIVITY (a b2b-… session from 'twinlink plan'), schedules the event's meeting requests \
            between the delegation's firms and partner enterprises, stores the schedule, and prints it \
            with the bound; a re-run keeps locked meetings, moves as few others as it can and lists the \
            moves.

            With --instance, reads a standalone instance (participants with caps and unavailable slots, slots, tables or \
            online rooms, weighted meeting requests, meetings locked by the coordinator; the format is in \
            docs/meeting-scheduler-instance.md) and prints the schedule as stable JSON: the meetings held, \
            the requests left out, every participant's agenda, and the bound with the gap to it.

            The scheduler maximises the total weight of the meetings held, then reduces idle slots between \
            a participant's meetings, then table changes; locked meetings never move. The same instance, \
            seed and effort give the same schedule byte for byte.

            An inconsistent instance (bad JSON, unknown or duplicate ids, conflicting locked meetings) is \
            refused with every problem as FILE: JSON-PATH: value VALUE: what is wrong, and exit status 65.
            """)

    @Argument(help: ArgumentHelp("The session to schedule, from the database.", valueName: "activity"))
    var activity: String?

    @Option(
        name: .long,
        help: ArgumentHelp("A standalone instance in JSON (docs/meeting-scheduler-instance.md).", valueName: "file"))
    var instance: String?

    @Flag(name: .long, help: "With ACTIVITY: print the schedule as JSON instead of a table.")
    var json = false

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    @Option(name: .long, help: "Breaks ties between equally good schedules; the same seed gives the same schedule.")
    var seed: UInt64 = 0

    @Option(name: .long, help: "Scales the search (steps, not seconds); 0 keeps the construction alone.")
    var effort: Int = 1

    @Option(
        name: .long,
        help: ArgumentHelp("Print this participant's agenda as text instead of the JSON schedule.", valueName: "id"))
    var agenda: String?

    @Flag(
        name: .long,
        help: """
            Also seat the firms a provisional allocation accepts (schedule before applications close); \
            their invites say the seat is provisional. Rejected and waitlisted firms never meet.
            """)
    var provisional = false

    func validate() throws {
        guard (instance == nil) != (activity == nil) else {
            throw ValidationError("say which session: an ACTIVITY from the database, or --instance FILE.json")
        }
        guard effort >= 0 else { throw ValidationError("--effort is 0 or more") }
    }

    func run() async throws {
        guard let path = instance else { return try await runSession() }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            standardError("twinlink: cannot read '\(path)': \(error.localizedDescription)")
            throw ExitCode(66)
        }
        let schedule: MeetingSchedule
        do {
            let problem = try MeetingInstanceJSON.decode(data)
            schedule = try MeetingScheduler.schedule(
                problem, options: MeetingSchedulerOptions(seed: seed, effort: effort))
        } catch {
            for issue in error.issues { standardError("twinlink: \(path): \(issue)") }
            standardError(
                "twinlink: \(path): instance refused: \(error.issues.count) problem(s); nothing was scheduled")
            throw ExitCode(65)
        }
        if let participant = agenda {
            guard let view = schedule.agenda(for: participant) else {
                standardError("twinlink: \(path): no participant with id '\(participant)'")
                throw ExitCode(65)
            }
            print(Self.render(view), terminator: "")
        } else {
            FileHandle.standardOutput.write(MeetingScheduleJSON.encode(schedule))
        }
    }

    /// A participant's agenda as aligned text lines, times in UTC.
    static func render(_ agenda: ParticipantAgenda) -> String {
        var lines = ["Agenda of \(agenda.participantName) (\(agenda.participantID))"]
        for entry in agenda.entries {
            let time = entry.start.formatted(.iso8601) + " – " + entry.end.formatted(.iso8601)
            let lock = entry.isLocked ? " (locked)" : ""
            lines.append("  \(entry.slotID)  \(time)  \(entry.tableName)  with \(entry.counterpartName)\(lock)")
        }
        if agenda.entries.isEmpty { lines.append("  no meetings") }
        lines.append("  idle slots: \(agenda.idleSlots), table changes: \(agenda.tableChanges)")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The database form: schedule a planned session and store it.
    private func runSession() async throws {
        let workspace = try database.workspace()
        do {
            let id: Identifier<Activity> = try CommandArguments.identifier(activity ?? "", "an activity")
            let result = try await ScheduleSessionMeetings.run(
                activity: id, workspace: workspace, seed: seed, effort: effort, provisional: provisional)
            let schedule = result.schedule
            if let participant = agenda {
                guard let view = schedule.agenda(for: participant) else {
                    throw TwinLinkError.invalidArgument(
                        "no participant '\(participant)' in \(id); participants are sme:<id> and partner:<id>")
                }
                let programme = try await workspace.registry().programme
                print(
                    ScheduleSessionTable.agenda(
                        view, zone: result.activity.start.zone, home: programme.homeCity,
                        words: try language.words(programme)), terminator: "")
                return
            }
            if json {
                FileHandle.standardOutput.write(MeetingScheduleJSON.encode(schedule))
                return
            }
            let registry = try await workspace.registry()
            print(
                ScheduleSessionTable.render(result, registry: registry, words: try language.words(registry.programme)),
                terminator: "")
        } catch {
            throw report(error)
        }
    }
}
