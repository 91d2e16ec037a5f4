import Foundation
internal import GRDB

extension RegistryStore {
    /// Copies the live database to a new file at `path` with SQLite's online backup (through
    /// GRDB): one consistent snapshot, even while other connections keep writing. The copy is
    /// written under a temporary name beside `path`, checked with `PRAGMA integrity_check` and
    /// only then renamed to `path`, so that `path` is either a whole, sound copy or absent.
    /// Refuses to replace an existing file. Gives the size of the copy in bytes.
    @discardableResult
    public func backup(to path: String) throws(StoreError) -> Int {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw StoreError("cannot back up to '\(path)': the folder '\(folder.path)' does not exist")
        }
        guard !FileManager.default.fileExists(atPath: target.path) else {
            throw StoreError("cannot back up to '\(path)': the file exists; choose a new name")
        }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).partial-\(UUID().uuidString)")
        defer {
            for suffix in ["", "-journal", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: temporary.path + suffix)
            }
        }
        do {
            let copy = try DatabaseQueue(path: temporary.path)
            try writer.backup(to: copy)
            let check = try copy.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
            try copy.close()
            guard check == ["ok"] else {
                throw StoreError(
                    "cannot back up to '\(path)': the copy failed its integrity check: \(check.joined(separator: "; "))"
                )
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError("cannot back up to '\(path)': \(Self.describe(error))")
        }
        guard rename(temporary.path, target.path) == 0 else {
            throw StoreError("cannot back up to '\(path)': \(String(cString: strerror(errno)))")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: target.path)
        return (attributes?[.size] as? Int) ?? 0
    }

    /// `PRAGMA integrity_check`: `["ok"]` for a sound database, else what SQLite found wrong.
    public func integrityCheck() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }
}
