import Foundation
import Testing
import TwinLinkDocuments

/// Output files: unchanged bytes are not rewritten, a batch appears whole or not at all, stale
/// temporaries are cleaned up and an output path that is a file gets a clear error.
@Suite struct FileBatchTests {
    private func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func stamp(_ url: URL) throws -> (inode: Int, modified: Date) {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (
            (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? -1,
            attributes[.modificationDate] as? Date ?? .distantPast
        )
    }

    @Test func sameBytesAreNotWrittenAgainAndChangedBytesAre() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try FileBatch(directory: folder)
        #expect(try first.stage("one", at: "a/x.txt"))
        #expect(try first.stage("two", at: "y.txt"))
        #expect(try first.commit().count == 2)
        let before = try stamp(folder.appendingPathComponent("a/x.txt"))
        Thread.sleep(forTimeInterval: 0.02)

        let second = try FileBatch(directory: folder)
        #expect(try !second.stage("one", at: "a/x.txt"))
        #expect(try second.stage("two, changed", at: "y.txt"))
        #expect(second.unchanged == 1)
        #expect(try second.commit().map(\.lastPathComponent) == ["y.txt"])
        let after = try stamp(folder.appendingPathComponent("a/x.txt"))
        #expect(after.inode == before.inode)
        #expect(after.modified == before.modified)
        #expect(try String(contentsOf: folder.appendingPathComponent("y.txt"), encoding: .utf8) == "two, changed")
    }

    @Test func nothingChangesBeforeTheCommitAndADiscardedBatchLeavesTheOldFiles() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("report.md")
        try Data("old".utf8).write(to: target)
        let batch = try FileBatch(directory: folder)
        try batch.stage("new", at: "report.md")
        try batch.stage("other", at: "sub/other.md")
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("sub/other.md").path))
        batch.discard()
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        let left = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".twinlink-tmp")
        }
        #expect(left.isEmpty)
    }

    @Test func temporariesOfAKilledRunAreRemovedWhenTheFolderIsOpenedAgain() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("invites/act"), withIntermediateDirectories: true)
        // A pid far above any the kernel hands out: no process runs with it.
        let dead = folder.appendingPathComponent("invites/act/.p.ics.999999999.twinlink-tmp")
        let foundation = folder.appendingPathComponent("invites/.dat.nosyncab12")
        let kept = folder.appendingPathComponent("invites/act/p.ics")
        for url in [dead, foundation, kept] { try Data("x".utf8).write(to: url) }
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: foundation.path)
        _ = try FileBatch(directory: folder)
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(!FileManager.default.fileExists(atPath: foundation.path))
        #expect(FileManager.default.fileExists(atPath: kept.path))
    }

    @Test func anOutputPathThatIsAFileIsNamedClearly() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out")
        try Data("a file".utf8).write(to: file)
        #expect {
            try FileBatch(directory: file)
        } throws: { error in
            guard case .writeFailed(let path, let problem) = error as? DocumentError else { return false }
            return path == file.path && problem.contains("is a file, not a folder")
        }
        #expect {
            try FileBatch(directory: file.appendingPathComponent("documents"))
        } throws: { error in
            guard case .writeFailed(_, let problem) = error as? DocumentError else { return false }
            return problem.contains("\(file.path) is a file, not a folder")
        }
    }
}
