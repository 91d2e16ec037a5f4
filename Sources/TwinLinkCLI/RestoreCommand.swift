import ArgumentParser
import Foundation
import TwinLinkApp

struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Restore an export (twinlink export --json) into a new, empty database.",
        discussion: """
            Reads the whole document first and stores it in one transaction: either every row is \
            restored exactly as it was exported, or nothing is and every problem is reported with its \
            JSON path (such as $.tables.allocation_decisions[12].priority_score), exit status 65. \
            The database must be new or empty (exit status 73 otherwise). A plain export leaves out \
            the programme's secrets: export with --include-secrets for a full backup.
            """)

    @Argument(help: ArgumentHelp("The export document to restore.", valueName: "file.json"))
    var file: String

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let path = Workspace.resolvePath(option: database.db, environment: ProcessInfo.processInfo.environment)
        let counts: [String: Int]
        do {
            counts = try RestoreDatabase.run(file: file, databasePath: path)
        } catch {
            throw report(error)
        }
        let rows = counts.values.reduce(0, +)
        let words: CLIWords
        do {
            words = try await language.words(try database.readOnlyWorkspace())
        } catch {
            throw report(error)
        }
        print(
            words(
                "restored",
                [
                    "rows": words.count("rows", rows), "tables": words.count("tables", counts.count), "file": file,
                    "database": path,
                ]))
    }
}
