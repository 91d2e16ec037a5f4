import Foundation
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore
import TwinLinkTestSupport

/// The service layer reports failures as values a shell can match, and names no command or option.
@Suite("Errors as values, in the programme's terms")
struct ErrorsAsValuesTests {
    @Test("a renamed record is refused with the remedy 'retire the old one' as a value, not as a command")
    func renamedRecordCarriesItsRemedy() async throws {
        let workspace = Workspace(store: try RegistryStore.inMemory())
        let now = Date()
        var files = try RegistryFiles.folder(URL(fileURLWithPath: RepositoryPaths.fixtures), displayPath: "registry")
        _ = try await ImportRegistry.run(files: files, into: workspace.store, now: { _ in now })
        let applications = try #require(files["applications.csv"].flatMap { String(data: $0, encoding: .utf8) })
        files.contents["applications.csv"] = Data(
            applications.replacingOccurrences(of: "app-0140,", with: "app-0143,").utf8)
        let error = await InputsAsDataTests.refusal { () async throws(TwinLinkError) in
            try await ImportRegistry.run(files: files, into: workspace.store, now: { _ in now })
        }
        guard case .badInput(let failure)? = error else {
            Issue.record("expected the renamed application to be refused, got \(String(describing: error))")
            return
        }
        let issue = try #require(failure.issues.first)
        #expect(failure.issues.count == 1)
        #expect(issue.file == "registry/applications.csv")
        #expect(issue.remedy == .retire("app-0140"))
        #expect(issue.problem.hasSuffix("(was it renamed to app-0143?)"))
        #expect(!failure.description.contains("twinlink"))
        #expect(!failure.description.contains("--"))

        // With the remedy taken, the same files are accepted and the old record is retired.
        let changes = try await ImportRegistry.run(files: files, into: workspace.store, prune: true, now: { _ in now })
        #expect(changes.tables.first { $0.name == "applications" }?.retiredIDs == ["app-0140"])
    }

    @Test("a restore that cannot go ahead says why as a case: unreadable, refused, or a database not empty")
    func restoreFailuresAreCases() async throws {
        let folder = try Programme.temporaryFolder()
        let target = folder.appendingPathComponent("new.sqlite").path
        do {
            _ = try RestoreDatabase.run(file: folder.appendingPathComponent("missing.json").path, databasePath: target)
            Issue.record("a missing file was restored")
        } catch {
            guard case .unreadable = error else { throw error }
        }
        #expect(!FileManager.default.fileExists(atPath: target))

        let broken = folder.appendingPathComponent("broken.json")
        try Data("{\"format\": ".utf8).write(to: broken)
        do {
            _ = try RestoreDatabase.run(file: broken.path, databasePath: target)
            Issue.record("a broken document was restored")
        } catch {
            guard case .refused(let file, let problems) = error else { throw error }
            #expect(file == broken.path)
            #expect(!problems.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: target), "a failed restore leaves no database behind")

        let used = folder.appendingPathComponent("used.sqlite").path
        let store = try RegistryStore.open(path: used)
        _ = try await ImportRegistry.run(directory: RepositoryPaths.fixtures, into: store, now: Date())
        let export = folder.appendingPathComponent("export.json")
        try (try await RegistryExport.make(from: store)).json().write(to: export)
        do {
            _ = try RestoreDatabase.run(file: export.path, databasePath: used)
            Issue.record("restored into a database that holds data")
        } catch {
            guard case .notEmpty(let path, _) = error else { throw error }
            #expect(path == used)
        }
    }
}
