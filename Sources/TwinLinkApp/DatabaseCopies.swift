import Foundation
public import TwinLinkStore

/// Use case: `twinlink restore FILE.json`, an export read back into a new, empty database.
public enum RestoreDatabase {
    /// Why nothing was restored, by kind; each shell words it (the command line with an exit
    /// status: `ErrorReporting.swift`).
    public enum Failure: Error, Sendable {
        /// The document could not be read at all.
        case unreadable(file: String, reason: String)
        /// The document cannot be taken whole: every problem found, in document order.
        case refused(file: String, problems: [RestoreError.Problem])
        /// The database already holds data; a restore only fills a new, empty database.
        case notEmpty(databasePath: String, reason: String)
        /// The database could not be opened or written.
        case store(StoreError)
    }

    /// Restores `file` into the database at `databasePath` (created if missing, and removed again
    /// if the restore fails). Gives the rows restored per table.
    public static func run(file: String, databasePath: String) throws(Failure) -> [String: Int] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw .unreadable(file: file, reason: error.localizedDescription)
        }
        let existed = FileManager.default.fileExists(atPath: databasePath)
        let failure: Failure
        do {
            let store = try RegistryStore.open(path: databasePath)
            do {
                return try store.restore(data)
            } catch {
                switch error {
                case .refused(let problems): failure = .refused(file: file, problems: problems)
                case .notEmpty(let reason): failure = .notEmpty(databasePath: databasePath, reason: reason)
                case .store(let error): failure = .store(error)
                }
            }
        } catch {
            failure = .store(error)
        }
        if !existed { removeDatabase(at: databasePath) }
        throw failure
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
