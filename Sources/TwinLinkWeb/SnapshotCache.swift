import Foundation
import TwinLinkDomain

/// The registry and the planned activities as last read, kept while the database files are
/// unchanged: every commit (from this process or from a `twinlink` command next to it) changes the
/// size or modification time of the database or its write-ahead log, and then the next page reads
/// them again. Page views read the store far more often than anything writes it.
final class SnapshotCache: @unchecked Sendable {
    struct Key: Equatable {
        var parts: [Double]
    }

    private let lock = NSLock()
    private let paths: [String]
    private var registry: (key: Key, value: Registry?)?
    private var activities: (key: Key, value: [Activity])?
    /// Other values read for pages (decisions, invites, conflicts), by name, for the current key only.
    private var values: (key: Key, byName: [String: any Sendable])?

    init(databasePath: String) {
        paths = [databasePath, databasePath + "-wal"]
    }

    /// The files' sizes and modification times, to the nanosecond.
    func key() -> Key {
        var parts: [Double] = []
        for path in paths {
            var info = stat()
            if stat(path, &info) == 0 {
                parts += [
                    Double(info.st_size), Double(info.st_mtim.tv_sec), Double(info.st_mtim.tv_nsec),
                    Double(info.st_ino),
                ]
            } else {
                parts.append(-1)
            }
        }
        return Key(parts: parts)
    }

    func registry(for key: Key) -> Registry?? {
        lock.withLock { registry?.key == key ? .some(registry!.value) : nil }
    }

    func store(_ value: Registry?, for key: Key) {
        lock.withLock { registry = (key, value) }
    }

    func value<T: Sendable>(_ name: String, for key: Key) -> T? {
        lock.withLock {
            // A missing entry must stay a miss even when T is itself optional.
            guard values?.key == key, let stored = values?.byName[name] else { return nil }
            return stored as? T
        }
    }

    func store<T: Sendable>(_ value: T, named name: String, for key: Key) {
        lock.withLock {
            if values?.key != key { values = (key, [:]) }
            values?.byName[name] = value
        }
    }

    /// Reads in progress, by name: a page view that needs a value another one is reading waits
    /// for that read instead of starting its own (after a change, 20 views at once read it once).
    private var flights: [String: (key: Key, task: Task<any Sendable, any Error>)] = [:]

    /// The value named `name` for `key`: stored, else being read (waited for), else read now and stored.
    func shared<T: Sendable>(_ name: String, for key: Key, _ read: @escaping @Sendable () async throws -> T)
        async throws -> T
    {
        if let stored: T = value(name, for: key) { return stored }
        let task: Task<any Sendable, any Error> = lock.withLock {
            if let flight = flights[name], flight.key == key { return flight.task }
            let task = Task<any Sendable, any Error> { [weak self] in
                let value = try await read()
                self?.finish(name, value, for: key)
                return value as any Sendable
            }
            flights[name] = (key, task)
            return task
        }
        do {
            guard let value = try await task.value as? T else {
                throw CancellationError()
            }
            return value
        } catch {
            // A failed read is not kept: the next view tries again.
            lock.withLock { if flights[name]?.key == key { flights[name] = nil } }
            throw error
        }
    }

    private func finish<T: Sendable>(_ name: String, _ value: T, for key: Key) {
        lock.withLock {
            if values?.key != key { values = (key, [:]) }
            values?.byName[name] = value
            if flights[name]?.key == key { flights[name] = nil }
        }
    }

    func activities(for key: Key) -> [Activity]? {
        lock.withLock { activities?.key == key ? activities!.value : nil }
    }

    func store(_ value: [Activity], for key: Key) {
        lock.withLock { activities = (key, value) }
    }
}
