public import Foundation
public import TwinLinkAllocation
public import TwinLinkDomain
public import TwinLinkImport
public import TwinLinkStore

/// Use case: read a registry's files (a folder, or an upload of the same files) and apply them to
/// the database, all or nothing.
public enum ImportRegistry {
    /// - Returns: what changed per table.
    /// - Throws: `.badInput` with every problem in the files (nothing written), or `.store`.
    /// - Parameters:
    ///   - delimiter, encoding: how the CSV files are written when not UTF-8 with commas
    ///     (`--delimiter ';'`, `--encoding windows-1250`).
    ///   - prune: retire the records the files no longer list.
    public static func run(
        directory: String, into store: RegistryStore, now: Date, prune: Bool = false,
        delimiter: String? = nil, encoding: String? = nil
    ) async throws(TwinLinkError) -> RegistryChanges {
        try await run(
            directory: directory, into: store, prune: prune, delimiter: delimiter, encoding: encoding,
            now: { _ in now })
    }

    /// The same, stamped with the instant `now` gives for the registry read (the main job: the
    /// programme's reference date), so that the same files give the same database.
    public static func run(
        directory: String, into store: RegistryStore, prune: Bool = false,
        delimiter: String? = nil, encoding: String? = nil, now: (Registry) -> Date
    ) async throws(TwinLinkError) -> RegistryChanges {
        try await run(
            files: folder(directory), into: store, prune: prune, delimiter: delimiter, encoding: encoding, now: now)
    }

    /// The same for files given as data (an upload): the same checks, messages and transaction.
    /// - Parameter source: what the registry's history records it came from.
    public static func run(
        files: RegistryFiles, into store: RegistryStore, prune: Bool = false,
        delimiter: String? = nil, encoding: String? = nil, source: String? = nil, now: (Registry) -> Date
    ) async throws(TwinLinkError) -> RegistryChanges {
        let (registry, regulations) = try read(files: files, delimiter: delimiter, encoding: encoding)
        let format = (try? CSVFormat.named(delimiter: delimiter, encoding: encoding).get()) ?? .standard
        try RegistryHistoryCheck.check(registry, files: files, format: format, store: store, prune: prune)
        let at = now(registry)
        let source = source ?? files.displayPath
        do {
            // One write transaction: the registry and its regulations change together, or not at all.
            return try await store.writing({
                try $0.apply(registry, regulations: regulations, source: source, at: at, prune: prune)
            })
        } catch {
            throw .store(error)
        }
    }

    /// Reads and checks the registry folder (and its regulations) without changing anything.
    public static func read(directory: String, delimiter: String? = nil, encoding: String? = nil)
        throws(TwinLinkError) -> (Registry, Regulations?)
    {
        try read(files: folder(directory), delimiter: delimiter, encoding: encoding)
    }

    /// A registry folder's files, or its problem as bad input.
    static func folder(_ directory: String) throws(TwinLinkError) -> RegistryFiles {
        do {
            return try RegistryFiles.folder(URL(fileURLWithPath: directory), displayPath: directory)
        } catch {
            throw .badInput(error)
        }
    }

    /// Reads and checks a registry's files (and its regulations) without changing anything.
    public static func read(files: RegistryFiles, delimiter: String? = nil, encoding: String? = nil)
        throws(TwinLinkError) -> (Registry, Regulations?)
    {
        let format: CSVFormat
        switch CSVFormat.named(delimiter: delimiter, encoding: encoding) {
        case .success(let named): format = named
        case .failure(let problem):
            throw .invalidValue(field: problem.field, value: problem.value, problem: problem.expected)
        }
        let registry: Registry
        do {
            registry = try RegistryReader(format: format).read(files)
        } catch {
            throw .badInput(error)
        }
        do {
            let regulations = try RegulationsFileReader().read(
                files, references: RegulationsFileReader.References(registry: registry))
            return (registry, regulations)
        } catch {
            throw .badInput(error)
        }
    }

    /// Notes on optional registry files that are absent (read as no records).
    public static func notes(directory: String) -> [String] {
        RegistryReader.absentOptionalFiles(in: URL(fileURLWithPath: directory)).map { "note: \($0)" }
    }
}
