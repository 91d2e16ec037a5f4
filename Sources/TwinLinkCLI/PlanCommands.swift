public import ArgumentParser
import Foundation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan study visits, online meetings and 1:1 meeting sessions from the mutual events.",
        discussion: """
            For each event marked for a visit: the study visit (arrival the day before, departure the day \
            after), an online introduction 2 to 4 weeks before and an online follow-up 2 to 4 weeks \
            after (programme.yaml, planning), and a session of 1:1 meetings where firms asked to meet. \
            Online meetings fall on working days of every party, never on a public holiday of any \
            (import the holiday calendars first: twinlink import-calendar calendars), inside everyone's \
            business hours, or at the least-bad time with a note saying whose hours it misses.

            Re-planning keeps each activity's id, and its time while that time still obeys the rules; \
            it lists what moved and why. Activities that have started never move.
            """)

    @Option(name: .long, help: ArgumentHelp("Plan only events starting on or after this day.", valueName: "YYYY-MM-DD"))
    var from: String?

    @Option(
        name: .long, help: ArgumentHelp("Plan only events starting on or before this day.", valueName: "YYYY-MM-DD"))
    var to: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Plan as of this instant (default: the programme's reference date, else now).", valueName: "ISO-8601"))
    var now: String?

    @Flag(name: .long, help: "Show the plan without storing it.")
    var dryRun = false

    @Flag(name: .long, help: "Print stable JSON for tools instead of a table.")
    var json = false

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let registry = try await workspace.registry()
            let words = try language.words(registry.programme)
            let range = try dateRange()
            let instant = try ProgrammeClock.now(option: now, programme: registry.programme)
            let plan = try await PlanActivities.run(workspace: workspace, now: instant, range: range, dryRun: dryRun)
            if json {
                printJSON(try PlanActivities.json(plan))
                return
            }
            print(PlanActivities.table(plan, registry: registry, words: words).terminalText, terminator: "")
            let changes = PlanActivities.describeChanges(
                plan, home: registry.programme.homeCity.timeZone, words: words)
            print(
                changes.isEmpty
                    ? "\n" + words("nothing_changed")
                    : "\n" + words("changes") + "\n" + changes.map { "  " + $0 }.joined(separator: "\n"))
            if dryRun { print(words("plan_dry_run")) }
        } catch {
            throw report(error)
        }
    }

    private func dateRange() throws(TwinLinkError) -> ClosedRange<LocalDate>? {
        guard from != nil || to != nil else { return nil }
        let lower =
            try from.map { text throws(TwinLinkError) in
                guard let date = LocalDate(iso: text) else {
                    throw .invalidArgument("--from '\(text)': expected YYYY-MM-DD")
                }
                return date
            } ?? LocalDate(year: 1, month: 1, day: 1)!
        let upper =
            try to.map { text throws(TwinLinkError) in
                guard let date = LocalDate(iso: text) else {
                    throw .invalidArgument("--to '\(text)': expected YYYY-MM-DD")
                }
                return date
            } ?? LocalDate(year: 9999, month: 12, day: 31)!
        guard lower <= upper else { throw .invalidArgument("--from \(lower) is after --to \(upper)") }
        return lower...upper
    }
}

struct ImportCalendarCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-calendar",
        abstract: "Import public-holiday calendars and partner cities' event feeds (.ics).",
        discussion: """
            Reads a calendar file or a folder of them through libical. A file named \
            holidays-<REGION>.ics (holidays-PL.ics, holidays-GB-SCT.ics) lists every holiday of that \
            country or ISO 3166-2 subdivision and replaces what the database had for it; partner cities \
            with a subdivision use its calendar, else their country's. A file named \
            events-<PARTNER CITY ID>.ics is that city's event feed: its events (recurring ones expanded) \
            become mutual events with no visit planned, until events.csv marks one. A broken file stops \
            the import with its file and line; nothing is written.
            """)

    @Argument(help: ArgumentHelp("A calendar file or a folder of calendars.", valueName: "path"))
    var path: String

    @Option(
        name: .long,
        help: ArgumentHelp("The region of a holiday calendar whose name does not say it.", valueName: "code"))
    var region: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The partner city of an event feed whose name does not say it.", valueName: "id"))
    var city: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Observances in a holiday calendar (Google marks them DESCRIPTION:Observance): skip them, or keep them as "
                + "days off.", valueName: "keep|skip"))
    var observances: ImportCalendars.Observances = .skip

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let report = try await ImportCalendars.run(
                path: path, region: region, city: city, observances: observances, workspace: workspace, now: Date())
            let words = try language.words(try await workspace.registry().programme)
            print(words("calendars_imported_into", ["database": workspace.databasePath]))
            for (region, count) in report.holidays.sorted(by: { $0.key < $1.key }) {
                print("  " + words("calendars_holidays", ["region": "\(region)", "count": words.number(count)]))
            }
            for line in calendarEventLines(report, words) { print(line) }
        } catch {
            throw report(error)
        }
    }
}

extension ImportCalendars.Observances: ExpressibleByArgument {}
