import Foundation
import TwinLinkStore

/// Use case: `twinlink restore FILE.json`, an export read back into a new, empty database.
public enum RestoreDatabase {
    /// Why nothing was restored: the lines to print and the exit status (65 a document that
    /// cannot be taken whole, 66 an unreadable file, 73 a database that is not empty, 74 the
    /// database failed).
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
        public var exitStatus: Int32
    }

    /// Restores `file` into the database at `databasePath` (created if missing, and removed again
    /// if the restore fails). Gives the rows restored per table.
    public static func run(file: String, databasePath: String) throws(Failure) -> [String: Int] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw Failure(description: "cannot read '\(file)': \(error.localizedDescription)", exitStatus: 66)
        }
        let existed = FileManager.default.fileExists(atPath: databasePath)
        do {
            let store = try RegistryStore.open(path: databasePath)
            return try store.restore(data)
        } catch let error as RestoreError {
            if !existed { removeDatabase(at: databasePath) }
            throw failure(error, file: file, databasePath: databasePath)
        } catch {
            if !existed { removeDatabase(at: databasePath) }
            throw Failure(description: "database: \(error)", exitStatus: 74)
        }
    }

    private static func failure(_ error: RestoreError, file: String, databasePath: String) -> Failure {
        switch error {
        case .refused(let problems):
            let lines = problems.map { problem in
                switch problem.place {
                case .position: "\(file):\(problem)"
                case .path: "\(file): \(problem)"
                }
            }
            let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
            return Failure(
                description: (lines + ["restore refused: \(count) in \(file); nothing was restored"])
                    .joined(separator: "\n"),
                exitStatus: 65)
        case .notEmpty(let message):
            return Failure(description: "cannot restore into \(databasePath): \(message)", exitStatus: 73)
        case .store(let error):
            return Failure(description: "database: \(error)", exitStatus: 74)
        }
    }

    private static func removeDatabase(at path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

/// Use case: `twinlink backup FILE`, a consistent copy of the live database.
public enum BackupDatabase {
    /// Copies the workspace's database to the new file `path`; gives its size in bytes.
    public static func run(_ workspace: Workspace, to path: String) throws(TwinLinkError) -> Int {
        do {
            return try workspace.store.backup(to: path)
        } catch {
            throw .store(error)
        }
    }
}
