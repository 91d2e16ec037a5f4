import Foundation
import TwinLinkAllocation
import TwinLinkDocuments

/// What a document stage is made from, as one SHA-256: the encoded inputs, the items and the
/// templates shipped with the program. A folder written by a run with the same fingerprint holds
/// exactly the files this run would write, so the stage need not render them again.
struct StageFingerprint {
    private var hash = SHA256()

    init(_ stage: String) {
        hash.update("twinlink-stage-1|" + stage)
        hash.update(Self.templates)
    }

    /// Adds a value in its canonical encoding (``CanonicalBytes``: keys sorted, every part
    /// length-prefixed, large parts by their digest), made without holding the whole value encoded.
    mutating func add<Value: Encodable>(_ value: Value) {
        let bytes = CanonicalBytes.of(value)
        hash.update("|\(bytes.count)|")
        hash.update(bytes)
    }

    mutating func hex() -> String { hash.hexDigest() }

    /// Every file of the shipped templates, by path, read once per process.
    private static let templates: String = {
        guard let folder = DocumentRenderer.shippedTemplatesFolder,
            let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        else { return "" }
        var files: [(String, Data)] = []
        for case let url as URL in walker {
            if let data = FileManager.default.contents(atPath: url.path) {
                files.append((url.path.replacingOccurrences(of: folder.path, with: ""), data))
            }
        }
        var hash = SHA256()
        for (path, data) in files.sorted(by: { $0.0 < $1.0 }) {
            hash.update("|\(path)|\(data.count)|")
            hash.update([UInt8](data))
        }
        return hash.hexDigest()
    }()
}

extension WriteDocuments {
    /// The record of a stage's last run in its folder: the fingerprint, then every file it wrote.
    static let stageRecord = ".twinlink-stage"

    /// The files of the last run when it had this fingerprint and every one of them is still there.
    static func upToDate(_ fingerprint: String, in directory: String) -> [String]? {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        guard let text = try? String(contentsOf: folder.appendingPathComponent(stageRecord), encoding: .utf8)
        else { return nil }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.first == fingerprint else { return nil }
        let files = lines.dropFirst().map { folder.appendingPathComponent($0).path }
        guard files.allSatisfy({ FileManager.default.fileExists(atPath: $0) }) else { return nil }
        return files
    }

    /// The record's text for a run with this fingerprint that wrote `files` (in `directory`):
    /// names relative to the folder, so that two output folders get the same bytes.
    static func record(_ fingerprint: String, files: [String], in directory: String) -> String {
        let prefix = URL(fileURLWithPath: directory, isDirectory: true).path + "/"
        let names = files.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
        return ([fingerprint] + names).joined(separator: "\n") + "\n"
    }
}
