public import Foundation

/// Where a use case's files go, chosen by the shell: a folder (the command line's `--out`), or
/// memory (the web hands them out, a test reads them). Use cases never choose paths on disk.
public protocol OutputSink: Sendable {
    /// The folder the files land in, when they land on disk (tools that need a real file, such as
    /// the PDF printer, work only then).
    var folder: URL? { get }

    /// How messages name it: the folder as the user gave it, or `memory`.
    var name: String { get }

    /// Keeps `data` as `relativePath` (sub-folders allowed), replacing what was there; returns
    /// where it went: the file's path for a folder, `relativePath` for memory.
    @discardableResult
    func put(_ data: Data, at relativePath: String) throws(TwinLinkError) -> String
}

extension OutputSink {
    @discardableResult
    public func put(_ text: String, at relativePath: String) throws(TwinLinkError) -> String {
        try put(Data(text.utf8), at: relativePath)
    }

    /// The same sink, one folder down.
    public func subfolder(_ name: String) -> any OutputSink {
        SubfolderSink(base: self, prefix: name)
    }
}

/// A folder on disk, created when the first file is put into it; each file is written
/// atomically (``OutputFiles``).
public struct OutputFolder: OutputSink {
    public let name: String
    private let url: URL

    /// The folder `path`, as the user gave it (relative paths are relative to the working folder).
    public init(_ path: String) {
        self.name = path
        self.url = URL(fileURLWithPath: path, isDirectory: true)
    }

    public var folder: URL? { url }

    @discardableResult
    public func put(_ data: Data, at relativePath: String) throws(TwinLinkError) -> String {
        try OutputFiles(directory: url.path).write(data, to: relativePath).path
    }
}

/// Files kept in memory, by relative path: what the web serves and what tests read.
public final class OutputCollection: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String: Data] = [:]

    public init() {}

    public var folder: URL? { nil }
    public var name: String { "memory" }

    @discardableResult
    public func put(_ data: Data, at relativePath: String) throws(TwinLinkError) -> String {
        lock.withLock { storage[relativePath] = data }
        return relativePath
    }

    /// Every file kept, by relative path.
    public var files: [String: Data] { lock.withLock { storage } }

    /// A file's text, if it was kept.
    public func text(_ relativePath: String) -> String? {
        files[relativePath].map { String(decoding: $0, as: UTF8.self) }
    }
}

/// A sink's sub-folder.
struct SubfolderSink: OutputSink {
    let base: any OutputSink
    let prefix: String

    var folder: URL? { base.folder?.appendingPathComponent(prefix, isDirectory: true) }
    var name: String { base.name + "/" + prefix }

    @discardableResult
    func put(_ data: Data, at relativePath: String) throws(TwinLinkError) -> String {
        try base.put(data, at: prefix + "/" + relativePath)
    }
}

/// A folder whose files go into place together (``OutputBatch``): each is staged beside its
/// target, and `commit()` renames them all into place with one sync per folder; a file that
/// already holds the same bytes is left alone.
final class BatchedFolderSink: OutputSink {
    let name: String
    let folder: URL?
    private let batch: OutputBatch
    private let url: URL

    init(_ url: URL, name: String) throws(TwinLinkError) {
        self.name = name
        self.url = url
        self.folder = url
        self.batch = try OutputFiles(directory: url.path).batch()
    }

    @discardableResult
    func put(_ data: Data, at relativePath: String) throws(TwinLinkError) -> String {
        try batch.write(data, to: relativePath)
        return url.appendingPathComponent(relativePath).path
    }

    /// Puts every staged file in place.
    func commit() throws(TwinLinkError) {
        try batch.commit()
    }
}
