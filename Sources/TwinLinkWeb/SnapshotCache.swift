import Foundation
import TwinLinkStore

/// Values read from the database for pages (the registry, the planned activities, decisions,
/// invites…), each kept with the tables it was read from and those tables' change counters
/// (``TableVersions``, raised by triggers on every change from any process). A value is used again
/// while none of its tables changed: a change to the accounts leaves the registry where it is.
/// Page views read the store far more often than anything writes it.
final class SnapshotCache: @unchecked Sendable {
    /// The database files' sizes and modification times: the fallback for a table without a
    /// counter (a migration that forgot ``TableVersions``): any commit changes them.
    struct Files: Equatable, Sendable {
        var parts: [Double]
    }

    /// What the database looks like now: every table's counter, and the files.
    struct State: Equatable, Sendable {
        var versions: [String: Int64]
        var files: Files

        /// Whether a value read with `dependencies` is still what the database holds.
        func matches(_ dependencies: Dependencies) -> Bool {
            if let files = dependencies.files, files != self.files { return false }
            return dependencies.versions.allSatisfy { versions[$0.key] == $0.value }
        }
    }

    /// What a value was read from: its tables, their counters when it was read, and the files
    /// when one of the tables has no counter or no table was seen at all.
    struct Dependencies: Sendable {
        var tables: Set<String>
        var versions: [String: Int64]
        var files: Files?

        init(tables: Set<String>, at state: State) {
            self.tables = tables
            versions = [:]
            var counted = !tables.isEmpty
            for table in tables {
                if let version = state.versions[table] { versions[table] = version } else { counted = false }
            }
            files = counted ? nil : state.files
        }
    }

    /// The state the page being rendered was looked up at (its values are read against it).
    @TaskLocal static var state: State?

    static let limit = 2000
    private let lock = NSLock()
    private let paths: [String]
    private let store: RegistryStore
    private var values: [String: (value: any Sendable, dependencies: Dependencies)] = [:]
    /// Reads in progress, by name: a page view that needs a value another one is reading at the
    /// same state waits for that read instead of starting its own (after a change, 20 views at
    /// once read it once).
    private var flights: [String: (state: State, task: Task<any Sendable, any Error>)] = [:]
    /// How many values were used again and how many were read (for tests and the benchmark).
    private(set) var hits = 0
    private(set) var reads = 0

    init(databasePath: String, store: RegistryStore) {
        paths = [databasePath, databasePath + "-wal"]
        self.store = store
    }

    /// The database now. The files are looked at before the counters are read, so a commit
    /// between the two makes the state look older than it is, never newer.
    func state() async throws -> State {
        let files = self.files()
        return State(versions: try await store.tableVersions(), files: files)
    }

    /// The files' sizes and modification times, to the nanosecond.
    private func files() -> Files {
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
        return Files(parts: parts)
    }

    /// The value named `name` as of `state`: stored (when none of its tables changed), else being
    /// read at the same state (waited for), else read now and stored. Its tables are added to the
    /// task's ``TableReads`` either way, so a page made from it depends on them too.
    func shared<T: Sendable>(_ name: String, at state: State, _ read: @escaping @Sendable () async throws -> T)
        async throws -> T
    {
        let stored: (value: T, tables: Set<String>)? = lock.withLock {
            guard let entry = values[name], state.matches(entry.dependencies), let value = entry.value as? T else {
                return nil
            }
            hits += 1
            return (value, entry.dependencies.tables)
        }
        if let stored {
            TableReads.current?.add(stored.tables)
            return stored.value
        }
        let task: Task<any Sendable, any Error> = lock.withLock {
            if let flight = flights[name], flight.state == state { return flight.task }
            reads += 1
            let task = Task<any Sendable, any Error> { [weak self] in
                let tables = TableReads()
                let value = try await TableReads.$current.withValue(tables) { try await read() }
                self?.finish(name, value, Dependencies(tables: tables.tables, at: state), at: state)
                return (value, tables.tables) as (any Sendable, Set<String>)
            }
            flights[name] = (state, task)
            return task
        }
        do {
            guard let (value, tables) = try await task.value as? (any Sendable, Set<String>), let value = value as? T
            else {
                throw CancellationError()
            }
            TableReads.current?.add(tables)
            return value
        } catch {
            // A failed read is not kept: the next view tries again.
            lock.withLock { if flights[name]?.state == state { flights[name] = nil } }
            throw error
        }
    }

    private func finish(_ name: String, _ value: any Sendable, _ dependencies: Dependencies, at state: State) {
        lock.withLock {
            // Values of records no longer viewed would pile up: start afresh past a bound.
            if values.count >= Self.limit { values = [:] }
            values[name] = (value, dependencies)
            if flights[name]?.state == state { flights[name] = nil }
        }
    }
}
