public import ArgumentParser
import Foundation
public import TwinLinkApp
import TwinLinkDomain
import TwinLinkImport
import TwinLinkPlanning

struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run the programme cycle on a registry folder: the main job.",
        discussion: """
            Imports the registry in DIR and the holiday calendars it names into the database, plans the \
            activities, then writes the results under OUT: registry.json (the export) and summary.md \
            (the programme at a glance), and invites for what is new or changed under OUT/invites. Safe \
            to repeat: a second run on the same files changes nothing.
            """)

    @Argument(help: ArgumentHelp("The registry folder (programme.yaml and the CSV files).", valueName: "dir"))
    var directory: String

    @Option(name: .long, help: ArgumentHelp("Where to write the results.", valueName: "dir"))
    var out: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Run as of this instant (default: the programme's reference date, else now).", valueName: "ISO-8601"))
    var now: String?

    @Flag(name: .long, help: "Print no stage or progress lines on standard error, only the summary.")
    var quiet = false

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace(now: now)
        if quiet { ProgressLine.install(nil) }
        do {
            let outcome = try await MainJob.runIfChanged(
                registryDirectory: directory, output: OutputFolder(out), workspace: workspace,
                summary: { facts in
                    ProgrammeSummary.document(facts, words: (try? language.words(facts.registry.programme)) ?? .english)
                },
                progress: { stage, count, title in
                    if !quiet { standardError("[\(stage)/\(count)] \(title)") }
                })
            let words = try language.words(try await workspace.registry().programme)
            guard case .ran(let report) = outcome else {
                if case .upToDate(let same) = outcome { printUpToDate(same, workspace: workspace, words: words) }
                return
            }
            print(words("imported_into", ["database": workspace.databasePath]))
            print(ImportRegistry.describe(report.changes, words: words))
            let moves = await PlanActivities.describeChanges(
                report.plan, home: try workspace.registry().programme.homeCity.timeZone, words: words)
            let counts = Dictionary(grouping: report.invites.changes, by: \.change).mapValues(\.count)
            printFigures(
                activities: report.plan.activities.count, changed: moves.count,
                allocationSkipped: report.allocations.skipped,
                allocated: report.allocations.outcomes.count,
                stored: report.allocations.outcomes.filter { $0.status == .stored }.count,
                sessions: (report.sessions.count { !$0.unchanged }, report.sessions.count { $0.unchanged }),
                invites: (
                    counts["new"] ?? 0, counts["updated"] ?? 0, counts["cancelled"] ?? 0, report.invites.unchanged
                ), words: words)
            print(
                words(
                    "run_wrote",
                    ["files": words.count("files", report.writtenFiles.count), "out": out, "invites": out + "/invites"])
            )
        } catch {
            throw report(error)
        }
    }
}

extension RunCommand {
    /// The run's figures: planned activities, allocated visits, 1:1 sessions (when the run
    /// scheduled them), invites (a full run and a run with nothing to do print the same lines).
    private func printFigures(
        activities: Int, changed: Int, allocationSkipped: String?, allocated: Int, stored: Int,
        sessions: (scheduled: Int, unchanged: Int)? = nil,
        invites: (new: Int, updated: Int, cancelled: Int, unchanged: Int), words: CLIWords
    ) {
        print(
            words(
                "run_planned", ["activities": words.count("activities", activities), "changed": words.number(changed)]))
        if allocationSkipped != nil {
            print(words("run_allocation_skipped"))
        } else {
            print(
                words(
                    "run_allocated",
                    ["visits": words.count("study_visits", allocated), "stored": words.number(stored)]))
        }
        if let sessions {
            print(
                words(
                    "run_sessions",
                    ["scheduled": words.number(sessions.scheduled), "unchanged": words.number(sessions.unchanged)]))
        }
        print(
            words(
                "run_invites",
                [
                    "new": words.number(invites.new), "updated": words.number(invites.updated),
                    "cancelled": words.number(invites.cancelled), "unchanged": words.number(invites.unchanged),
                    "folder": out + "/invites",
                ]))
    }

    /// What a run with nothing to do says: the figures of the last run, nothing changed.
    private func printUpToDate(_ same: MainJob.UpToDate, workspace: Workspace, words: CLIWords) {
        print(words("imported_into", ["database": workspace.databasePath]))
        print(ImportRegistry.describe(same.registry, words: words))
        printFigures(
            activities: same.activities, changed: 0, allocationSkipped: same.allocationSkipped,
            allocated: same.allocations, stored: 0, invites: (0, 0, 0, same.invites), words: words)
        print(words.count("run_up_to_date", same.files, ["out": out]))
    }
}

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import the registry from a folder of spreadsheet exports.",
        discussion: """
            Reads programme.yaml and one CSV file per table (see docs/registry-format.md). Every \
            problem is reported as FILE:LINE: field 'NAME' value 'VALUE': what is wrong; then the \
            command exits with status 65 and the database is exactly as it was. Records are keyed by \
            their id: an edited row updates its record, an unchanged one changes nothing.
            """)

    @Argument(help: ArgumentHelp("The registry folder.", valueName: "dir"))
    var directory: String

    @Option(help: "The CSV files' field separator when it is not a comma: ';' (Polish, Czech, German Excel).")
    var delimiter: String?

    @Option(help: "The CSV files' encoding when it is not UTF-8: windows-1250.")
    var encoding: String?

    @Flag(
        name: .long,
        help: "Retire the records the files no longer list (kept for history and reports, out of planning).")
    var prune = false

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.workspace()
        do {
            let changes = try await ImportRegistry.run(
                directory: directory, into: workspace.store, now: Date(), prune: prune, delimiter: delimiter,
                encoding: encoding)
            let words = try language.words(try await workspace.registry().programme)
            print(words("imported_from_into", ["source": directory, "database": workspace.databasePath]))
            print(ImportRegistry.describe(changes, words: words))
            let names = RegistryReader.fileNames
            for file in RegistryReader.absentOptionalFileNames(in: URL(fileURLWithPath: directory)) {
                print(
                    words(
                        "import_absent_file",
                        [
                            "file": file, "required": names.required.joined(separator: ", "),
                            "optional": names.optional.joined(separator: ", "),
                        ]))
            }
        } catch {
            throw report(error)
        }
    }
}

struct ListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List a registry table: smes, partner-cities, partner-enterprises or events.")

    @Argument(help: "What to list.")
    var subject: RegistryListing.Subject

    @Flag(name: .long, help: "Print stable JSON for tools instead of a table.")
    var json = false

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.readOnlyWorkspace()
        let registry: Registry
        let words: CLIWords
        do {
            registry = try await workspace.registry()
            words = try language.words(registry.programme)
        } catch {
            throw report(error)
        }
        if json {
            printJSON(try RegistryListing.json(subject, of: registry))
        } else {
            print(RegistryListing.table(subject, of: registry, words: words).terminalText, terminator: "")
        }
    }
}

extension RegistryListing.Subject: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the whole database as versioned JSON (docs/export-format.md).")

    @Flag(name: .long, help: "JSON, the export format (the only one so far).")
    var json = false

    @Flag(name: .long, help: "Include the programme's secrets (the planning seed): a full backup.")
    var includeSecrets = false

    @Option(name: .long, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var database: DatabaseOptions

    func validate() throws {
        guard json else { throw ValidationError("say --json: the export format") }
    }

    func run() async throws {
        let workspace = try database.readOnlyWorkspace()
        do {
            let data = try await RegistryExport.make(from: workspace.store, includeSecrets: includeSecrets).json()
            if let out {
                let url = URL(fileURLWithPath: out)
                try OutputFolder(url.deletingLastPathComponent().path).put(data, at: url.lastPathComponent)
            } else {
                FileHandle.standardOutput.write(data)
            }
        } catch {
            throw report(error)
        }
    }
}
