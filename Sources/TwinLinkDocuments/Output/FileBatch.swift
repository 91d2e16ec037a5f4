public import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a batch of output files so that a reader never sees half a file and an unchanged file
/// is never touched.
///
/// - A file whose bytes are already on disk is left alone: no write, no new modification time.
/// - Every other file goes to a temporary name beside its target (`.NAME.PID.twinlink-tmp`);
///   `commit()` renames them all into place, then syncs each folder it wrote to once (one
///   directory sync per batch instead of an fsync per file). Until `commit()` nothing visible
///   changes: a failure while staging removes the temporaries and leaves the old files as they were.
/// - Temporaries left behind by a process killed mid-batch (and Foundation's `.dat.nosync*` files
///   of older versions) are removed when a batch opens the folder.
///
/// Staging is safe from several threads at once; `commit()` and `discard()` are called once, after.
public final class FileBatch: @unchecked Sendable {
    public let directory: URL
    private let lock = NSLock()
    private var staged: [(temporary: String, target: String)] = []
    private var folders: Set<String> = []
    private var unchangedCount = 0
    private var finished = false

    /// Opens `directory` (created where missing) for a batch of files. Fails with a clear message
    /// when the path, or a folder on the way to it, is a file.
    public init(directory: URL) throws(DocumentError) {
        self.directory = directory.standardizedFileURL
        try Self.makeFolder(self.directory.path)
        Self.removeStaleTemporaries(under: self.directory)
    }

    /// Stages `data` as `relativePath` (sub-folders are created). Returns `false`, and writes
    /// nothing, when the file already holds exactly these bytes.
    @discardableResult
    public func stage(_ data: Data, at relativePath: String) throws(DocumentError) -> Bool {
        let target = directory.appendingPathComponent(relativePath).path
        if Self.holds(target, data) {
            lock.withLock { unchangedCount += 1 }
            return false
        }
        let folder = (target as NSString).deletingLastPathComponent
        if !lock.withLock({ folders.contains(folder) }) {
            try Self.makeFolder(folder)
        }
        let name = (target as NSString).lastPathComponent
        let temporary = folder + "/." + name + ".\(getpid())" + Self.temporarySuffix
        try Self.writeFile(data, to: temporary, reportedAs: target)
        lock.withLock {
            staged.append((temporary, target))
            folders.insert(folder)
        }
        return true
    }

    /// Stages `text` in UTF-8; see `stage(_:at:)`.
    @discardableResult
    public func stage(_ text: String, at relativePath: String) throws(DocumentError) -> Bool {
        try stage(Data(text.utf8), at: relativePath)
    }

    /// How many staged files already held their bytes and were left alone.
    public var unchanged: Int { lock.withLock { unchangedCount } }

    /// Renames every staged file into place and syncs each folder once. Returns the files
    /// written, in the order they were staged.
    @discardableResult
    public func commit() throws(DocumentError) -> [URL] {
        let (files, touched) = lock.withLock {
            finished = true
            return (staged, folders)
        }
        for (index, file) in files.enumerated() where rename(file.temporary, file.target) != 0 {
            let problem = String(cString: strerror(errno))
            for rest in files[index...] { unlink(rest.temporary) }
            throw .writeFailed(path: file.target, problem: problem)
        }
        for folder in touched.sorted() {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
            guard descriptor >= 0 else { continue }
            fsync(descriptor)
            close(descriptor)
        }
        return files.map { URL(fileURLWithPath: $0.target) }
    }

    /// Removes every staged file: the folder keeps the files it had.
    public func discard() {
        let files = lock.withLock {
            finished = true
            return staged
        }
        for file in files { unlink(file.temporary) }
    }

    deinit {
        if !finished { discard() }
    }

    // MARK: - Pieces

    static let temporarySuffix = ".twinlink-tmp"
    /// Folders already searched for stale temporaries by this process.
    private static let searched = Mutex<Set<String>>([])

    /// Creates `path` and its parents; a clear error when one of them is a file.
    private static func makeFolder(_ path: String) throws(DocumentError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return }
        var prefix = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o755) == 0 { continue }
            let code = errno
            guard code == EEXIST else {
                throw .writeFailed(
                    path: path, problem: "cannot create the folder \(prefix): \(String(cString: strerror(code)))")
            }
            guard FileManager.default.fileExists(atPath: prefix, isDirectory: &isFolder), isFolder.boolValue else {
                let what = prefix.hasSuffix(path) ? "it" : prefix
                throw .writeFailed(path: path, problem: "\(what) is a file, not a folder; name a folder for the output")
            }
        }
    }

    /// Whether the file at `path` holds exactly `data`: by its size first, then a block at a time
    /// (never the whole file in memory beside `data`).
    static func holds(_ path: String, _ data: Data) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == data.count else {
            return false
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        let block = 1 << 16
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: block) { buffer in
            data.withUnsafeBytes { expected in
                var offset = 0
                while offset < expected.count {
                    let count = read(descriptor, buffer.baseAddress!, min(block, expected.count - offset))
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0, memcmp(buffer.baseAddress!, expected.baseAddress! + offset, count) == 0 else {
                        return false
                    }
                    offset += count
                }
                // The file must end where the data does.
                return read(descriptor, buffer.baseAddress!, 1) == 0
            }
        }
    }

    private static func writeFile(_ data: Data, to path: String, reportedAs target: String) throws(DocumentError) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw .writeFailed(path: target, problem: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        let failure: Int32? = data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += count
            }
            return nil
        }
        if let failure {
            unlink(path)
            throw .writeFailed(path: target, problem: String(cString: strerror(failure)))
        }
    }

    /// Removes, once per process and folder tree, the temporaries of processes that no longer run
    /// (`.NAME.PID.twinlink-tmp`) and Foundation's `.dat.nosync*` files made before this process
    /// started (what an atomic write leaves when its process is killed).
    static func removeStaleTemporaries(under root: URL) {
        let path = root.path
        guard searched.withLock({ $0.insert(path).inserted }) else { return }
        let started = processStart
        guard
            let walker = FileManager.default.enumerator(
                at: root, includingPropertiesForKeys: [.contentModificationDateKey], options: [])
        else { return }
        for case let url as URL in walker {
            let name = url.lastPathComponent
            guard name.hasPrefix(".") else { continue }
            if name.hasSuffix(temporarySuffix) {
                let parts = name.dropLast(temporarySuffix.count).split(separator: ".")
                if let pid = parts.last.flatMap({ Int32($0) }), pid == getpid() || kill(pid, 0) == 0 || errno == EPERM {
                    continue
                }
                unlink(url.path)
            } else if name.hasPrefix(".dat.nosync") {
                let modified = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?
                    .contentModificationDate
                if let modified, modified < started { unlink(url.path) }
            }
        }
    }

    /// When this process started, roughly: the first time a batch asks.
    private static let processStart = Date()
}
