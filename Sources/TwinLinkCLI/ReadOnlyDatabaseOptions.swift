import Foundation
import TwinLinkApp

extension DatabaseOptions {
    /// The workspace for a command that only reads the database (list, export, backup): opened
    /// read-only, so that a read-only file or disk works and the file is never rewritten.
    func readOnlyWorkspace() throws -> Workspace {
        let path = Workspace.resolvePath(option: db, environment: ProcessInfo.processInfo.environment)
        do {
            return try Workspace(readingDatabaseAt: path)
        } catch {
            throw report(error)
        }
    }
}
