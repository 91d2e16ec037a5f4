import Foundation
import Testing
import TwinLinkTestSupport

/// Issue 15's incremental re-run: a `run` into the folder of the last run, with the registry
/// files, the calendars, the database and that folder's files as the last run left them, runs no
/// stage and writes no file; a change to any of them makes it run again.
@Suite("twinlink run: nothing changed since the last run", .serialized)
struct RunRecordTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    struct Folder {
        let root: URL
        var fixtures: String { root.appendingPathComponent("fixtures").path }
        var db: String { root.appendingPathComponent("db.sqlite").path }
        var out: URL { root.appendingPathComponent("out") }
    }

    func scratch() throws -> Folder {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-record-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["fixtures", "calendars"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return Folder(root: root)
    }

    /// Every file under `folder` with its inode, size and modification time.
    func stamps(_ folder: URL) throws -> [String: [AnyHashable]] {
        var stamps: [String: [AnyHashable]] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            stamps[path] = [
                attributes[.systemFileNumber] as? NSNumber ?? 0, attributes[.size] as? NSNumber ?? 0,
                (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0,
            ]
        }
        return stamps
    }

    func run(_ folder: Folder, _ extra: String...) throws -> BinaryRunner.Result {
        try cli.run(["run", folder.fixtures, "--out", folder.out.path, "--db", folder.db] + extra)
    }

    @Test func aSecondRunWithNothingChangedRunsNoStageAndWritesNothing() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder.root) }
        let first = try run(folder)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("[11/11]"))
        #expect(FileManager.default.fileExists(atPath: folder.out.appendingPathComponent(".twinlink-run").path))
        let before = try stamps(folder.out)
        let database = try Data(contentsOf: URL(fileURLWithPath: folder.db))

        let second = try run(folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("[1/11] nothing changed since the last run"))
        #expect(!second.stderr.contains("[2/11]"))
        #expect(second.stdout.contains("Invites: 0 new, 0 updated, 0 cancelled, "))
        #expect(second.stdout.contains("Nothing changed since the last run into \(folder.out.path)"))
        // The registry's tables as a run that changes nothing names them: every record unchanged.
        #expect(second.stdout.contains("  people: 143 unchanged"))
        #expect(!second.stdout.split(separator: "\n").contains { $0.hasPrefix("  ") && $0.contains(" new") })
        let after = try stamps(folder.out)
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after.filter { before[$0.key] != $0.value }.keys.sorted() == [])
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.db)) == database)
    }

    @Test func aChangedRegistryFileRunsEveryStageAgain() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder.root) }
        #expect(try run(folder).status == 0)
        let events = URL(fileURLWithPath: folder.fixtures).appendingPathComponent("events.csv")
        let text = try String(contentsOf: events, encoding: .utf8)
        try text.replacingOccurrences(of: "Budapest Food & Hospitality Expo 2027", with: "Budapest Food Expo 2027")
            .write(to: events, atomically: true, encoding: .utf8)
        let second = try run(folder)
        #expect(second.status == 0, "\(second.stderr)")
        #expect(second.stderr.contains("[11/11]"))
        #expect(second.stdout.contains("mutual_events: 1 updated"))
        // The renamed expo's invites are updated; the next run has nothing to do again.
        #expect(!second.stdout.contains("Invites: 0 new, 0 updated"))
        #expect(try run(folder).stderr.contains("[1/11] nothing changed"))
    }

    @Test func aChangeToTheDatabaseOrTheOutputRunsAgain() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder.root) }
        #expect(try run(folder).status == 0)

        // Another command changes the database: app-0118 withdraws from the Nuremberg forum.
        let withdrawn = try cli.run(
            "withdraw", "app-0118", "--reason", "Cannot travel", "--by", "Test", "--db", folder.db)
        #expect(withdrawn.status == 0, "\(withdrawn.stderr)")
        let afterWithdrawal = try run(folder)
        #expect(afterWithdrawal.stderr.contains("[11/11]"))
        #expect(!afterWithdrawal.stdout.contains(", 0 cancelled"))

        // A file of the last run is removed: the next run writes it again.
        let summary = folder.out.appendingPathComponent("summary.md")
        let text = try Data(contentsOf: summary)
        try FileManager.default.removeItem(at: summary)
        let restored = try run(folder)
        #expect(restored.stderr.contains("[11/11]"))
        #expect(try Data(contentsOf: summary) == text)
        #expect(try run(folder).stderr.contains("[1/11] nothing changed"))

        // Another instant is another run.
        let later = try run(folder, "--now", "2027-01-15T12:00:00Z")
        #expect(later.status == 0, "\(later.stderr)")
        #expect(later.stderr.contains("[11/11]"))
    }
}
