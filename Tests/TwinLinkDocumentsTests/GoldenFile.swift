import Foundation
import Testing

/// Compares a document with its golden file under `Golden/`; with `TWINLINK_UPDATE_GOLDENS=1` it
/// rewrites the file instead, for a person to review in the diff.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["TWINLINK_UPDATE_GOLDENS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            return
        }
        let expected = try #require(
            try? String(contentsOf: url, encoding: .utf8),
            "missing golden file \(name); run the tests with TWINLINK_UPDATE_GOLDENS=1 to create it",
            sourceLocation: sourceLocation)
        if text != expected {
            let actual = text.split(separator: "\n", omittingEmptySubsequences: false)
            let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(actual, wanted)).firstIndex { $0 != $1 } ?? min(actual.count, wanted.count)
            let got = line < actual.count ? String(actual[line]) : "(end of document)"
            let want = line < wanted.count ? String(wanted[line]) : "(end of document)"
            Issue.record(
                "\(name) differs from its golden file at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)",
                sourceLocation: sourceLocation)
        }
    }
}
