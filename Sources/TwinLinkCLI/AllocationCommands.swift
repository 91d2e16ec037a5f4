import ArgumentParser
import Foundation
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkMeetingScheduler

struct AllocateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allocate",
        abstract: "Allocate the seats of a study visit under the regulations.",
        discussion: """
            Applies regulations.yaml (imported with the registry; see docs/regulations-format.md) to the \
            visit's applications, in the published processing order: withdrawn, late, cost not \
            acknowledged, excluded, not an SME under Recommendation 2003/361/EC, outside the city, no \
            contribution to the information material or no consent are rejected; the others are ranked by \
            their priority score (equal scores by a seeded draw) and take the seats, reserved ones first, \
            or wait with a rank. Every application gets a reason code and a sentence for the firm.

            Each run is stored as a new version with its inputs' hash and seed, and lists what changed \
            since the version before. A re-run keeps every seat given before, so nobody loses a seat \
            because of it; a run on unchanged inputs stores nothing. A run before applications close is \
            provisional: the run after they close decides, and does not keep its seats.
            """)

    @Argument(help: ArgumentHelp("The study visit, such as visit-ev-2027-05-nuremberg-forum.", valueName: "activity"))
    var activity: String

    @Flag(name: .long, help: "Show the result without storing it.")
    var dryRun = false

    @Flag(name: .long, help: "Print stable JSON for tools instead of tables.")
    var json = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Allocate as of this instant (default: the programme's reference date, else now).", valueName: "ISO-8601"))
    var now: String?

    @Option(name: .long, help: ArgumentHelp("Who runs it, for the audit trail (default: $USER).", valueName: "name"))
    var by: String?

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let registry = try await workspace.registry()
            let id: Identifier<Activity> = try CommandArguments.identifier(activity, "an activity")
            let outcome = try await AllocateSeats.run(
                activity: id, workspace: workspace,
                now: try ProgrammeClock.now(option: now, programme: registry.programme),
                actor: actor(by), dryRun: dryRun)
            if json {
                printJSON(try AllocationReport.json(outcome))
            } else {
                print(
                    AllocationReport.text(
                        outcome, zone: registry.programme.homeCity.timeZone,
                        words: try language.words(registry.programme)),
                    terminator: "")
            }
        } catch {
            throw report(error)
        }
    }
}

struct WithdrawCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "withdraw",
        abstract: "Withdraw an application and give its seats to whom the rules now seat.",
        discussion: """
            Records the withdrawal in the database (applications.csv keeps the applicant's own \
            withdrawals; an application is withdrawn if either says so), then re-runs the study visit's \
            allocation: the freed seats go to the first waitlisted, or, where reserved seats are involved, \
            to whom the reservation now seats. Nobody else loses a seat. Prints what changed.
            """)

    @Argument(help: ArgumentHelp("The application, such as app-0103.", valueName: "application"))
    var application: String

    @Option(name: .long, help: ArgumentHelp("Why, as the firm or its delegate said it.", valueName: "text"))
    var reason: String?

    @Option(name: .long, help: ArgumentHelp("Who records it (default: $USER).", valueName: "name"))
    var by: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Record it as of this instant (default: the programme's reference date, else now).", valueName: "ISO-8601"))
    var now: String?

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let registry = try await workspace.registry()
            let words = try language.words(registry.programme)
            let id: Identifier<Application> = try CommandArguments.identifier(application, "an application")
            let result = try await AllocationWithdrawal.run(
                application: id, reason: reason, by: actor(by), workspace: workspace,
                now: try ProgrammeClock.now(option: now, programme: registry.programme))
            print(
                words(
                    "withdrawn",
                    ["application": id.rawValue, "firm": result.application.enterpriseID.rawValue, "actor": actor(by)]))
            if let activity = result.unallocated {
                print(words("withdrawal_before_allocation", ["activity": activity.rawValue]))
            } else if let note = result.note {
                print(note)
            }
            if let outcome = result.outcome { printRerun(outcome, words: words) }
            if let session = result.session { printRescheduled(session, words: words) }
        } catch {
            throw report(error)
        }
    }
}

/// The 1:1 session re-scheduled because the seats changed: every meeting cancelled, added or moved.
private func printRescheduled(_ session: ScheduleSessionMeetings.Result, words: CLIWords) {
    guard session.changed else { return }
    print(
        words(
            "rescheduled",
            [
                "activity": session.activity.id.rawValue,
                "meetings": words.count("meetings", session.schedule.meetings.count),
            ]))
    if !session.cancelled.isEmpty {
        print("  " + words("rescheduled_cancelled", ["ids": session.cancelled.joined(separator: ", ")]))
    }
    for move in session.moves { print("  " + ScheduleSessionTable.move(move, words: words)) }
}

/// The short account of a re-run after a withdrawal or an override.
private func printRerun(_ outcome: AllocationOutcome, words: CLIWords) {
    let version = outcome.version
    print(
        words(
            "rerun",
            [
                "activity": outcome.activity.id.rawValue, "version": words.number(version.run.version),
                "counts": AllocationReport.counts(version.counts, words: words),
            ]))
    guard outcome.status == .stored, let previous = outcome.previous else {
        print(words("nothing_changed"))
        return
    }
    print(
        String(AllocationReport.changesText(outcome.changes, since: previous.run.version, words: words).dropFirst()),
        terminator: "")
    print(words("every_decision", ["activity": outcome.activity.id.rawValue]))
}

struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain the decision on one application.",
        discussion: """
            Prints the latest decision with its sentence, the firm's size class and the figures behind it \
            (partner and linked enterprises counted), the priority score line by line, the checks it \
            failed, its place in the seeded draw, any withdrawal or override, and its outcome in every \
            version of the allocation.
            """)

    @Argument(help: ArgumentHelp("The application, such as app-0110.", valueName: "application"))
    var application: String

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let id: Identifier<Application> = try CommandArguments.identifier(application, "an application")
            let catalogue = try CoordinatorLanguage.catalogue(
                try language.code(), programme: try await workspace.registry().programme)
            let explanation = try await AllocationExplanation.make(application: id, workspace: workspace)
            print(explanation.view(in: catalogue).text, terminator: "")
        } catch {
            throw report(error)
        }
    }
}

struct DecisionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decisions",
        abstract: "List the latest decisions on a study visit's applications.",
        discussion: """
            Accepted applicants by priority score, then the waitlist by rank, then the rejected, each \
            with its reason; and what changed since the version before.
            """)

    @Argument(help: ArgumentHelp("The study visit, such as visit-ev-2027-05-nuremberg-forum.", valueName: "activity"))
    var activity: String

    @Flag(name: .long, help: "Print stable JSON for tools instead of tables.")
    var json = false

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let registry = try await workspace.registry()
            let id: Identifier<Activity> = try CommandArguments.identifier(activity, "an activity")
            let outcome = try await AllocationDecisions.latest(activity: id, workspace: workspace)
            if json {
                printJSON(try AllocationReport.json(outcome))
            } else {
                print(
                    AllocationReport.text(
                        outcome, zone: registry.programme.homeCity.timeZone,
                        words: try language.words(registry.programme)),
                    terminator: "")
            }
        } catch {
            throw report(error)
        }
    }
}

struct OverrideCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "override",
        abstract: "Override the rules for one application: seat it or reject it, saying who and why.",
        discussion: """
            The override is kept in the audit trail and applies to every later run: an accepted \
            application takes the next free seat (never one someone holds); a rejected one gives its seats \
            up. The study visit's allocation is re-run at once.
            """)

    @Argument(help: ArgumentHelp("The application, such as app-0110.", valueName: "application"))
    var application: String

    @Flag(name: .long, help: "Seat the application whatever its rank.")
    var accept = false

    @Flag(name: .long, help: "Reject the application whatever the rules say.")
    var reject = false

    @Option(name: .long, help: ArgumentHelp("Seats to give with --accept (default 1).", valueName: "n"))
    var seats = 1

    @Option(name: .long, help: ArgumentHelp("Why: the firm and the auditors read it.", valueName: "text"))
    var reason: String

    @Option(name: .long, help: ArgumentHelp("Who decides (default: $USER).", valueName: "name"))
    var by: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Record it as of this instant (default: the programme's reference date, else now).", valueName: "ISO-8601"))
    var now: String?

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard accept != reject else { throw ValidationError("give exactly one of --accept and --reject") }
    }

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let registry = try await workspace.registry()
            let words = try language.words(registry.programme)
            let id: Identifier<Application> = try CommandArguments.identifier(application, "an application")
            let result = try await AllocationOverride.run(
                application: id, action: accept ? .accept(seats: seats) : .reject, reason: reason, by: actor(by),
                workspace: workspace, now: try ProgrammeClock.now(option: now, programme: registry.programme))
            print(words("override_recorded", ["application": id.rawValue, "actor": result.override.actor]))
            if let activity = result.unallocated {
                print(words("override_before_allocation", ["activity": activity.rawValue]))
            } else if let note = result.note {
                print(note)
            }
            if let outcome = result.outcome { printRerun(outcome, words: words) }
            if let session = result.session { printRescheduled(session, words: words) }
        } catch {
            throw report(error)
        }
    }
}

struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "List the audit trail: every allocation run, withdrawal and override, with who and why.")

    @Argument(help: ArgumentHelp("Only what concerns this activity.", valueName: "activity"))
    var activity: String?

    @Flag(name: .long, help: "Print stable JSON for tools instead of a table.")
    var json = false

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let registry = try await workspace.registry()
            let words = try language.words(registry.programme)
            let id: Identifier<Activity>? = try activity.map { text throws(TwinLinkError) in
                try CommandArguments.identifier(text, "an activity")
            }
            let entries = try await AllocationAudit.entries(activity: id, workspace: workspace)
            if json {
                printJSON(try AllocationAudit.json(entries))
            } else if entries.isEmpty {
                print(id.map { words("audit_empty_for", ["activity": $0.rawValue]) } ?? words("audit_empty"))
            } else {
                print(
                    AllocationAudit.table(entries, zone: registry.programme.homeCity.timeZone, words: words)
                        .terminalText,
                    terminator: "")
            }
        } catch {
            throw report(error)
        }
    }
}
