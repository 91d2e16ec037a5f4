import Foundation
public import TwinLinkDomain
import TwinLinkStore

extension Workspace {
    /// The workspace of a command that only reads: the database is opened read-only, never
    /// created, migrated or written, so a read-only file or disk can still be read and the file
    /// stays byte for byte as it was.
    public init(readingDatabaseAt path: String) throws(TwinLinkError) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .store(StoreError("cannot open the database '\(path)': the folder '\(folder)' does not exist"))
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw .notReady("the database \(path) is empty", next: .importRegistry)
        }
        do {
            self.init(store: try RegistryStore.openReadOnly(path: path))
        } catch {
            throw .store(error)
        }
    }
}

extension Workspace {
    /// The registry with its retired records (for history and reports); a clear error before
    /// the first import.
    public func registryWithHistory() async throws(TwinLinkError) -> Registry {
        let path = databasePath
        return try await read { access in
            guard let registry = try access.registry(includingRetired: true) else {
                throw TwinLinkError.notReady("the database \(path) is empty", next: .importRegistry)
            }
            return registry
        }
    }
}
