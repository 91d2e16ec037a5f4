import ArgumentParser
import Foundation
import TwinLinkApp

struct RestoreCommand: ParsableCommand {
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

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let path = Workspace.resolvePath(option: database.db, environment: ProcessInfo.processInfo.environment)
        do {
            let counts = try RestoreDatabase.run(file: file, databasePath: path)
            let rows = counts.values.reduce(0, +)
            print("Restored \(rows) rows in \(counts.count) tables from \(file) into \(path).")
        } catch {
            throw report(error)
        }
    }
}
