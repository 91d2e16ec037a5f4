import Foundation
import TwinLinkAllocation
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore

/// Use case: read a registry folder and apply it to the database, all or nothing.
public enum ImportRegistry {
    /// - Returns: what changed per table.
    /// - Throws: `.badInput` with every problem in the files (nothing written), or `.store`.
    public static func run(directory: String, into store: RegistryStore, now: Date, prune: Bool = false)
        throws(TwinLinkError) -> RegistryChanges
    {
        try run(directory: directory, into: store, now: { _ in now }, prune: prune)
    }

    /// The same, stamped with the instant `now` gives for the registry read (the main job: the
    /// programme's reference date), so that the same files give the same database.
    public static func run(
        directory: String, into store: RegistryStore, now: (Registry) -> Date, prune: Bool = false
    ) throws(TwinLinkError) -> RegistryChanges {
        let registry: Registry
        do {
            registry = try RegistryReader().read(directory: URL(fileURLWithPath: directory), displayPath: directory)
        } catch {
            throw .badInput(error)
        }
        let regulations: Regulations?
        do {
            regulations = try RegulationsFileReader().read(
                directory: URL(fileURLWithPath: directory), displayPath: directory,
                references: RegulationsFileReader.References(registry: registry))
        } catch {
            throw .badInput(error)
        }
        try RegistryHistoryCheck.check(registry, directory: directory, store: store, prune: prune)
        do {
            return try store.apply(
                registry, regulations: regulations, source: directory, at: now(registry), prune: prune)
        } catch {
            throw .store(error)
        }
    }

    /// One line per table: `smes: 3 new, 1 updated, 60 unchanged`.
    public static func describe(_ changes: RegistryChanges) -> String {
        changes.tables.map { table in
            var parts: [String] = []
            if table.inserted > 0 { parts.append("\(table.inserted) new") }
            if table.updated > 0 { parts.append("\(table.updated) updated") }
            if table.unchanged > 0 { parts.append("\(table.unchanged) unchanged") }
            parts += RegistryHistoryCheck.describe(table)
            return "  \(table.name): " + (parts.isEmpty ? "none" : parts.joined(separator: ", "))
        }.joined(separator: "\n")
    }
}
