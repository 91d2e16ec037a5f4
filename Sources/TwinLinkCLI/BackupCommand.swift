import ArgumentParser
import Foundation
import TwinLinkApp

struct BackupCommand: ParsableCommand {
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

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let workspace = try database.readOnlyWorkspace()
        do {
            let size = try BackupDatabase.run(workspace, to: file)
            print("Backed up \(workspace.databasePath) to \(file) (\(size) bytes); integrity check: ok.")
        } catch {
            throw report(error)
        }
    }
}
