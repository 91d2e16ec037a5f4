import Foundation
internal import GRDB

extension RegistryStore {
    /// A database file in write-ahead-log mode, through one connection that writes only when a
    /// command changes something. Not a `DatabasePool`: a pool creates and drops a table on every
    /// open to make the `-wal` file (GRDB issue 102), which rewrites the file header, so that not
    /// even a refused import would leave the file byte for byte as it was.
    static func openFile(path: String, configuration: Configuration) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                    guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                        throw DatabaseError(message: "could not switch the database to write-ahead logging")
                    }
                }
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            return queue
        } catch let error as DatabaseError
            where error.resultCode == .SQLITE_READONLY && FileManager.default.fileExists(atPath: path)
        {
            throw StoreError(
                "cannot open the database '\(path)' for writing: the file or its folder is read-only; "
                    + "the commands that only read (list, export, backup) still work")
        }
    }
}
