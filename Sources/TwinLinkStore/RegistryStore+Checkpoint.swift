internal import GRDB

extension RegistryStore {
    /// Copies the write-ahead log into the database file and empties it, so that the file alone
    /// holds every committed change (the main job hashes it to tell a later run that nothing
    /// changed). Nothing for a database in memory.
    public func checkpoint() async throws(StoreError) {
        guard location != ":memory:" else { return }
        do {
            try await writer.writeWithoutTransaction { db in
                _ = try db.checkpoint(.truncate)
            }
        } catch {
            throw .failed("the database could not be checkpointed: \(error)")
        }
    }
}
