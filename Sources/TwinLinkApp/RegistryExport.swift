public import Foundation
public import TwinLinkStore

/// Use case: the whole database as one JSON document (docs/export-format.md), for backups,
/// audits and other tools; `twinlink restore` reads it back. Versioned: a reader checks
/// `format` and `version` first.
public struct RegistryExport: Sendable, Equatable {
    public static let formatName = DatabaseExport.formatName
    public static let currentVersion = DatabaseExport.version

    private let data: Data

    /// Reads every table of the database into an export document; the programme's secrets only
    /// when `includeSecrets` (a full backup).
    public static func make(from store: RegistryStore, includeSecrets: Bool = false) async throws(TwinLinkError)
        -> RegistryExport
    {
        do {
            // One read transaction on the store's connection, off the cooperative pool.
            return RegistryExport(
                data: try await OffPool.run { () throws(StoreError) in
                    try store.exportJSON(includeSecrets: includeSecrets)
                })
        } catch {
            throw .store(error)
        }
    }

    /// Stable JSON bytes: tables by name, rows by primary key, a final newline.
    public func json() -> Data { data }
}
