import Foundation
import TwinLinkAllocation
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore

/// Use case: read a registry folder and apply it to the database, all or nothing.
public enum ImportRegistry {
    /// - Returns: what changed per table.
    /// - Throws: `.badInput` with every problem in the files (nothing written), or `.store`.
    public static func run(directory: String, into store: RegistryStore, now: Date) async throws(TwinLinkError)
        -> RegistryChanges
    {
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
        do {
            return try await store.writing({
                try $0.apply(registry, regulations: regulations, source: directory, at: now)
            })
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
            if table.notInFiles > 0 { parts.append("\(table.notInFiles) kept that the files no longer list") }
            return "  \(table.name): " + (parts.isEmpty ? "none" : parts.joined(separator: ", "))
        }.joined(separator: "\n")
    }
}
