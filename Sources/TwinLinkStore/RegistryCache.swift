import Foundation
internal import GRDB
import TwinLinkDomain

/// The registry a store read last, kept until one of the registry's tables changes, so that the
/// stages of one run (planning, allocation, sessions, invites, documents, report) do not each
/// decode every row again.
///
/// Valid while neither this process nor another changed a registry table since it was read:
/// changes made through the store's own connection are seen by a transaction observer (and a
/// transaction that changed a registry table neither uses nor fills the cache until it ends);
/// commits by other connections (another process, the web desk in another process) change
/// SQLite's `PRAGMA data_version`, which is read each time.
final class RegistryCache: TransactionObserver, @unchecked Sendable {
    /// The tables `RegistryAccess.registry()` reads.
    static let tables: Set<String> = [
        "programme", "people", "partner_cities", "local_enterprises", "enterprise_links", "partner_enterprises",
        "mutual_events", "applications", "meeting_requests",
    ]

    private let lock = NSLock()
    private var registry: Registry?
    private var dataVersion: Int?
    /// The running transaction changed a registry table.
    private var changing = false

    /// The cached registry, if still valid for `db`.
    func registry(in db: Database) throws -> Registry? {
        let version = try Int.fetchOne(db, sql: "PRAGMA data_version")
        return lock.withLock { changing || dataVersion != version ? nil : registry }
    }

    /// Keeps `registry`, read from `db`, unless the running transaction changed a registry table.
    func keep(_ registry: Registry, in db: Database) throws {
        let version = try Int.fetchOne(db, sql: "PRAGMA data_version")
        lock.withLock {
            guard !changing else { return }
            self.registry = registry
            dataVersion = version
        }
    }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
        Self.tables.contains(eventKind.tableName)
    }

    func databaseDidChange() {
        forget(changing: true)
    }

    func databaseDidChange(with event: DatabaseEvent) {
        forget(changing: true)
    }

    func databaseDidCommit(_ db: Database) {
        lock.withLock { changing = false }
    }

    func databaseDidRollback(_ db: Database) {
        forget(changing: false)
    }

    private func forget(changing: Bool) {
        lock.withLock {
            registry = nil
            dataVersion = nil
            self.changing = changing
        }
    }
}
