import Foundation
import Testing
import TwinLinkTestSupport

/// A re-run with nothing changed writes no file; an output path that is a file is a clear error;
/// temporaries left by a killed run are cleaned up; progress lines stay out of a pipe.
@Suite("twinlink run: output files across runs", .serialized)
struct RerunOutputTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    func scratch() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-rerun-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["fixtures", "calendars"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    /// Every file under `folder` with its inode and modification time.
    func stamps(_ folder: URL) throws -> [String: [AnyHashable]] {
        var stamps: [String: [AnyHashable]] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
            guard attributes[.type] as? FileAttributeType == .typeRegular else { continue }
            stamps[path] = [
                attributes[.systemFileNumber] as? NSNumber ?? 0,
                (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0,
            ]
        }
        return stamps
    }

    @Test func aRunWithNothingChangedRewritesNoFileAndLeavesNoTemporaries() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let db = root.appendingPathComponent("db.sqlite").path
        let out = root.appendingPathComponent("out")
        let fixtures = root.appendingPathComponent("fixtures").path
        let first = try cli.run("run", fixtures, "--out", out.path, "--db", db)
        #expect(first.status == 0, "\(first.stderr)")
        // The second run rewrites only the manifest, which lists the first run's new invites.
        #expect(try cli.run("run", fixtures, "--out", out.path, "--db", db).status == 0)
        let before = try stamps(out)
        Thread.sleep(forTimeInterval: 0.05)
        let third = try cli.run("run", fixtures, "--out", out.path, "--db", db)
        #expect(third.status == 0, "\(third.stderr)")
        let after = try stamps(out)
        #expect(after.keys.sorted() == before.keys.sorted())
        #expect(after.filter { before[$0.key] != $0.value }.keys.sorted() == [])
        #expect(!after.keys.contains { $0.hasSuffix(".twinlink-tmp") || $0.contains(".dat.nosync") })
        // Standard error is a pipe here: stage lines, but no progress line drawn with a carriage return.
        #expect(third.stderr.contains("[1/11]"))
        #expect(!third.stderr.contains("\r"))
        let quiet = try cli.run("run", fixtures, "--out", out.path, "--db", db, "--quiet")
        #expect(quiet.status == 0)
        #expect(quiet.stderr.isEmpty)
    }

    @Test func anOutputPathThatIsAFileIsNamedBeforeAnyWork() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("out.txt")
        try Data("a file".utf8).write(to: file)
        let db = root.appendingPathComponent("db.sqlite").path
        let result = try cli.run("run", root.appendingPathComponent("fixtures").path, "--out", file.path, "--db", db)
        #expect(result.status == 73)
        #expect(result.stderr.contains("it is a file, not a folder"))
        #expect(!result.stderr.contains("NSCocoaErrorDomain"))
        #expect(!result.stderr.contains("[2/11]"))
    }

    @Test func temporariesOfAKilledRunAreRemovedByTheNextRun() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let out = root.appendingPathComponent("out")
        try FileManager.default.createDirectory(
            at: out.appendingPathComponent("documents/digests"), withIntermediateDirectories: true)
        let stale = [
            out.appendingPathComponent("documents/digests/.digest-sme-x.html.999999999.twinlink-tmp"),
            out.appendingPathComponent("documents/.dat.nosyncA1b2C3"),
        ]
        for url in stale { try Data("half".utf8).write(to: url) }
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -600)], ofItemAtPath: stale[1].path)
        let db = root.appendingPathComponent("db.sqlite").path
        let result = try cli.run("run", root.appendingPathComponent("fixtures").path, "--out", out.path, "--db", db)
        #expect(result.status == 0, "\(result.stderr)")
        for url in stale { #expect(!FileManager.default.fileExists(atPath: url.path)) }
    }
}
