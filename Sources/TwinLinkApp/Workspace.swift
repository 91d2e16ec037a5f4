public import Foundation
public import TwinLinkDomain
public import TwinLinkStore

/// What every use case runs against, injected by the shell (the command line, the web, a test):
/// the registry's store (a file or memory) and the clock. Use cases return their results as
/// values; the ones that produce files put them into an ``OutputSink`` the shell chooses.
public struct Workspace: Sendable {
    public static let environmentVariable = "TWINLINK_DB"
    public static let defaultPath = "twinlink.sqlite"

    public let store: RegistryStore
    public let clock: ProgrammeClock

    /// Where the store lives, for messages: the file's path, or `:memory:`.
    public var databasePath: String { store.location }

    public init(store: RegistryStore, clock: ProgrammeClock = .system) {
        self.store = store
        self.clock = clock
    }

    /// Opens (creating if needed) the database file at `databasePath`.
    public init(databasePath: String, clock: ProgrammeClock = .system) throws(TwinLinkError) {
        do {
            self.init(store: try RegistryStore.open(path: databasePath), clock: clock)
        } catch {
            throw .store(error)
        }
    }

    /// The database path chosen by an explicit option, the environment, or the default.
    public static func resolvePath(option: String?, environment: [String: String]) -> String {
        if let option, !option.isEmpty { return option }
        if let path = environment[environmentVariable], !path.isEmpty { return path }
        return defaultPath
    }
}

extension Workspace {
    /// The imported registry; ``TwinLinkError/notReady(_:)`` before the first import.
    public func registry() async throws(TwinLinkError) -> Registry {
        let path = databasePath
        return try await read { access in try Self.registry(in: access, databasePath: path) }
    }

    /// The imported registry inside a running transaction; ``TwinLinkError/notReady(_:)`` before
    /// the first import.
    static func registry(in access: RegistryAccess, databasePath: String) throws -> Registry {
        guard let registry = try access.registry() else {
            throw TwinLinkError.notReady("the database \(databasePath) is empty", next: .importRegistry)
        }
        return registry
    }

    /// The instant to run at: the clock's, for the imported programme.
    public func now() async throws(TwinLinkError) -> Date {
        clock.now(for: try await registry().programme)
    }

    /// Runs `body` on one snapshot of the registry; every failure as a ``TwinLinkError``.
    func read<T: Sendable>(_ body: @escaping @Sendable (RegistryAccess) throws -> T) async throws(TwinLinkError) -> T {
        do {
            return try await store.read(body)
        } catch {
            throw TwinLinkError(error)
        }
    }

    /// Runs `body` in one write transaction (all or nothing); every failure as a ``TwinLinkError``.
    func write<T: Sendable>(_ body: @escaping @Sendable (RegistryAccess) throws -> T) async throws(TwinLinkError) -> T {
        do {
            return try await store.write(body)
        } catch {
            throw TwinLinkError(error)
        }
    }
}

extension RegistryStore {
    @discardableResult
    /// Reads through `body`, which calls the store only: failures are ``StoreError``s.
    func reading<T: Sendable>(_ body: @escaping @Sendable (RegistryAccess) throws -> T) async throws(StoreError) -> T {
        do {
            return try await read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .failed("database read failed: \(error)")
        }
    }

    @discardableResult
    /// Writes through `body`, which calls the store only, in one transaction.
    func writing<T: Sendable>(_ body: @escaping @Sendable (RegistryAccess) throws -> T) async throws(StoreError) -> T {
        do {
            return try await write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .failed("database write failed, nothing was changed: \(error)")
        }
    }
}
