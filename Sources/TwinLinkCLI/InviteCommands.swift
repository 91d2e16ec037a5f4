import ArgumentParser
import Foundation
import TwinLinkApp
import TwinLinkDomain

struct InvitesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invites",
        abstract: "Write calendar invites (.ics) and e-mails (.eml) for what is new or changed.",
        discussion: """
            One invite per person and activity (study visit days, online meetings) and per person and \
            1:1 meeting, as iTIP REQUEST with a UID that never changes and a SEQUENCE raised on every \
            change; a CANCEL to everyone withdrawn or moved out; nothing for unchanged invites. Files go \
            to DIR/<activity>/<person>.ics and .eml, read-only feeds to DIR/feeds/, and DIR/manifest.json \
            lists what changed. The database records what each person was last sent.
            """)

    @Argument(help: "Only this activity (default: all).")
    var activity: String?

    @Option(name: .long, help: ArgumentHelp("Where to write the files.", valueName: "dir"))
    var out: String

    @Flag(name: .long, help: "Hand the e-mails to sendmail (see --sendmail) once written.")
    var send = false

    @Option(name: .long, help: ArgumentHelp("The sendmail-compatible command.", valueName: "path"))
    var sendmail = "/usr/sbin/sendmail"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write as of this instant (default: the programme's reference date, else now).", valueName: "ISO-8601"))
    var now: String?

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let registry = try await workspace.registry()
            let words = try language.words(registry.programme)
            let filter: Identifier<Activity>? = try CommandArguments.identifier(activity, "an activity")
            let report = try await WriteInvites.run(
                workspace: workspace, output: OutputFolder(out), activity: filter,
                now: try ProgrammeClock.now(option: now, programme: registry.programme),
                sendmail: send ? URL(fileURLWithPath: sendmail) : nil)
            let counts = Dictionary(grouping: report.changes, by: \.change).mapValues(\.count)
            print(
                words(
                    "invites_summary",
                    [
                        "new": words.number(counts["new"] ?? 0), "updated": words.number(counts["updated"] ?? 0),
                        "cancelled": words.number(counts["cancelled"] ?? 0),
                        "unchanged": words.number(report.unchanged),
                    ]))
            let labels = ["new", "updated", "cancelled"].reduce(into: [String: String]()) {
                $0[$1] = words("invites_change_" + $1)
            }
            let width = max(10, (labels.values.map(\.count).max() ?? 0) + 1)
            for change in report.changes {
                let label = labels[change.change, default: change.change]
                print("  \(label.padding(toLength: width, withPad: " ", startingAt: 0)) \(out)/\(change.file)")
            }
            print(
                words(
                    "invites_feeds",
                    [
                        "count": words.number(report.feeds.count), "folder": out + "/feeds",
                        "manifest": out + "/manifest.json",
                    ]))
            if send {
                print(words("invites_sent", ["mails": words.count("mails", report.sent), "sendmail": sendmail]))
            }
        } catch {
            throw report(error)
        }
    }
}

struct ImportRepliesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-replies",
        abstract: "Record participants' answers from calendar replies (METHOD:REPLY .ics files).",
        discussion: """
            Each reply's PARTSTAT (ACCEPTED, DECLINED, TENTATIVE) is recorded on the invite with its \
            UID. A reply for an unknown UID, or from someone the invite was not sent to, is reported \
            and not recorded; the command then exits with status 65.
            """)

    @Argument(help: ArgumentHelp("A reply file or a folder of them.", valueName: "path"))
    var path: String

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        let outcomes: [ImportReplies.Outcome]
        let words: CLIWords
        do {
            outcomes = try await ImportReplies.run(path: path, workspace: workspace)
            words = try language.words(try await workspace.registry().programme)
        } catch {
            throw report(error)
        }
        for outcome in outcomes {
            if let problem = outcome.problem {
                standardError("twinlink: \(outcome.file): not recorded: \(problem)")
            } else {
                print(
                    words(
                        "reply_recorded",
                        [
                            "attendee": outcome.attendee, "status": words.value("reply", outcome.status),
                            "uid": outcome.uid,
                        ]))
            }
        }
        if outcomes.contains(where: { $0.problem != nil }) { throw ExitCode(65) }
    }
}
