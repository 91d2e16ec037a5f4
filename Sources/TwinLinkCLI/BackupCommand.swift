import ArgumentParser
import Foundation
import TwinLinkApp

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the live database to a new file, safely while it is in use.",
        discussion: """
            Uses SQLite's online backup: the copy is one consistent snapshot even while another \
            process (the server, a running job) writes. The copy is written under a temporary name, \
            checked with PRAGMA integrity_check and renamed into place; an existing FILE is never \
            replaced. The database is only read.
            """)

    @Argument(help: ArgumentHelp("Where to write the copy (a new file).", valueName: "file"))
    var file: String

    @OptionGroup var language: CoordinatorLanguageOption
    @OptionGroup var database: DatabaseOptions

    func run() async throws {
        let workspace = try database.readOnlyWorkspace()
        do {
            let words = try await language.words(workspace)
            let size = try BackupDatabase.run(workspace, to: file)
            print(
                words(
                    "backed_up",
                    ["database": workspace.databasePath, "file": file, "bytes": words.count("bytes", Int(size))]))
        } catch {
            throw report(error)
        }
    }
}
