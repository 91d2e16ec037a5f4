public import Foundation
import TwinLinkDocuments

/// Writes output files so that a reader never sees half a file, and leaves alone a file that
/// already holds the bytes it would get (no write, no new modification time).
///
/// `write` puts one file in place at once. `batch()` gathers many: each is written under a
/// temporary name beside its target and all are renamed into place by `OutputBatch.commit()`,
/// with one sync per folder instead of one per file. Temporaries left by a process killed
/// mid-batch are removed when the folder is next opened. A path that is a file, not a folder,
/// gives a clear error.
public struct OutputFiles: Sendable {
    public let directory: URL

    public init(directory: String) throws(TwinLinkError) {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        _ = try batch()
    }

    /// A batch of files under this folder, written together by `commit()`.
    public func batch() throws(TwinLinkError) -> OutputBatch {
        do {
            return OutputBatch(files: try FileBatch(directory: directory))
        } catch {
            throw OutputBatch.error(error, path: directory.path)
        }
    }

    /// Writes `data` to `relativePath` (sub-folders are created) and returns the full path.
    @discardableResult
    public func write(_ data: Data, to relativePath: String) throws(TwinLinkError) -> URL {
        let batch = try batch()
        try batch.write(data, to: relativePath)
        try batch.commit()
        return directory.appendingPathComponent(relativePath)
    }

    @discardableResult
    public func write(_ text: String, to relativePath: String) throws(TwinLinkError) -> URL {
        try write(Data(text.utf8), to: relativePath)
    }
}

/// Files written together: nothing changes on disk until `commit()`; without it (an error on the
/// way) the folder keeps the files it had.
public final class OutputBatch: Sendable {
    private let files: FileBatch

    init(files: FileBatch) {
        self.files = files
    }

    /// Stages `data` as `relativePath`; `false` when the file already holds these bytes.
    @discardableResult
    public func write(_ data: Data, to relativePath: String) throws(TwinLinkError) -> Bool {
        do {
            return try files.stage(data, at: relativePath)
        } catch {
            throw Self.error(error, path: files.directory.appendingPathComponent(relativePath).path)
        }
    }

    @discardableResult
    public func write(_ text: String, to relativePath: String) throws(TwinLinkError) -> Bool {
        try write(Data(text.utf8), to: relativePath)
    }

    /// How many files already held their bytes.
    public var unchanged: Int { files.unchanged }

    /// Puts every staged file in place; returns the paths written.
    @discardableResult
    public func commit() throws(TwinLinkError) -> [String] {
        do {
            return try files.commit().map(\.path)
        } catch {
            throw Self.error(error, path: files.directory.path)
        }
    }

    static func error(_ error: DocumentError, path: String) -> TwinLinkError {
        if case .writeFailed(let failed, let problem) = error { return .output(path: failed, reason: problem) }
        return .output(path: path, reason: error.description)
    }
}
