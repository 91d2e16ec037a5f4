import Foundation
import TwinLinkDomain
import TwinLinkStore

/// Where the registry lives: `--db PATH`, else `$TWINLINK_DB`, else `./twinlink.sqlite`.
public struct Workspace: Sendable {
    public static let environmentVariable = "TWINLINK_DB"
    public static let defaultPath = "twinlink.sqlite"

    public let databasePath: String
    public let store: RegistryStore

    public init(databasePath: String) throws(TwinLinkError) {
        self.databasePath = databasePath
        do {
            self.store = try RegistryStore.open(path: databasePath)
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
    /// The imported registry; a clear error before the first import.
    public func registry() throws(TwinLinkError) -> Registry {
        let registry: Registry?
        do {
            registry = try store.registry()
        } catch {
            throw .store(error)
        }
        guard let registry else {
            throw .notReady("the database \(databasePath) is empty: run 'twinlink import DIR' first")
        }
        return registry
    }
}
