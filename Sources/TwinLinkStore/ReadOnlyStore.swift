import Foundation
internal import GRDB

extension RegistryStore {
    /// Opens an existing database file for reading only, for the commands that only read (list,
    /// export, backup): nothing is migrated or written, so the file stays byte for byte as it
    /// was, and a file the user may not write (mode 0444, a read-only disk) can still be read.
    /// A write through this store fails with "attempt to write a readonly database".
    public static func openReadOnly(path: String) throws(StoreError) -> RegistryStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw StoreError("cannot open the database '\(path)': no such file")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        let queue: DatabaseQueue
        do {
            queue = try openReadable(path: path, configuration: configuration)
        } catch {
            throw StoreError("cannot open the database '\(path)' for reading: \(describe(error))")
        }
        let store = RegistryStore(readOnly: queue, path: path)
        let applied = try store.read { db in try Migrations.migrator.appliedMigrations(db) }
        let known = Migrations.migrator.migrations
        if let unknown = applied.first(where: { !known.contains($0) }) {
            throw StoreError(
                "cannot read the database '\(path)': it was made by a newer TwinLink (migration '\(unknown)')")
        }
        if applied != known {
            throw StoreError(
                "cannot read the database '\(path)' without writing: it needs the schema upgrades "
                    + "\(known.filter { !applied.contains($0) }.joined(separator: ", ")); open it once for writing "
                    + "(an import, a plan) where the file is writable")
        }
        return store
    }

    private init(readOnly queue: DatabaseQueue, path: String) {
        self.writer = queue
        self.location = path
    }

    /// A write-ahead-logged file needs its `-shm` file, which SQLite creates beside it; where it
    /// cannot (a read-only folder), the file is opened as immutable: no locks, no shared memory.
    private static func openReadable(path: String, configuration: Configuration) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return queue
        } catch let error as DatabaseError
            where [.SQLITE_CANTOPEN, .SQLITE_READONLY].contains(error.resultCode)
        {
            let uri = URL(fileURLWithPath: path).absoluteString + "?immutable=1"
            let queue = try DatabaseQueue(path: uri, configuration: configuration)
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
            return queue
        }
    }
}
