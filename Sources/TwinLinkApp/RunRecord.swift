import Foundation
import TwinLinkAllocation
import TwinLinkStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a `run` into a folder was made from and what it left there, kept as `OUT/.twinlink-run`,
/// so that the next run can tell, before it reads anything, that nothing changed.
///
/// A run is up to date when all of these are as the last run into the folder left them:
/// - the registry folder's files, byte for byte (every file below it, the database and the output
///   folder excepted), and those of the calendars folder that `programme.yaml` names;
/// - the instant it runs at, which must not be the system clock's (an explicit `--now`, or the
///   programme's reference date, as the fixtures have): with the system clock every run is new;
/// - the program: the executable and its resource folders (templates, catalogues);
/// - the database file, byte for byte (the last run checkpoints it before it hashes it, so that any
///   later change by another command, the web desk or another run shows);
/// - every file below the output folder: the same names, sizes, modification times and inodes.
struct RunRecord: Codable, Equatable {
    static let fileName = ".twinlink-run"
    static let format = "twinlink-run-1"

    /// What a `run` with nothing changed says about the registry, the plan, the seats and the
    /// invites: the figures of the last full run, as a run that found nothing to change.
    struct Summary: Codable, Equatable, Sendable {
        var registry: RegistryChanges
        var activities: Int
        /// Study visits allocated, or why none was.
        var allocations: Int
        var allocationSkipped: String?
        /// Invites held, each as last written.
        var invites: Int
        var files: Int
    }

    var format = Self.format
    /// The registry files, the calendars, the instant and the program.
    var inputs: String
    /// The calendars folder read, absolute or relative to the working folder; `nil` when none.
    var calendars: String?
    /// The database file after the run, checkpointed.
    var database: String
    /// Every file below the output folder after the run (name, size, modification time, inode).
    var outputs: String
    var summary: Summary

    // MARK: - Reading and checking

    /// The record in `folder`, if a run left one there.
    static func read(in folder: URL) -> RunRecord? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path),
            let record = try? JSONDecoder().decode(RunRecord.self, from: data), record.format == format
        else { return nil }
        return record
    }

    /// Whether a run from `registryDirectory` into `folder` would find exactly what the last one
    /// left: the record's summary then, else `nil`. Reads the files and the database's bytes, never
    /// its rows.
    static func upToDate(
        registryDirectory: String, folder: URL, databasePath: String, clock: ProgrammeClock
    ) -> Summary? {
        guard let record = read(in: folder),
            let inputs = inputs(
                registryDirectory: registryDirectory, calendars: record.calendars, clock: clock,
                exclude: [databasePath, folder.path]),
            inputs == record.inputs,
            let database = databaseHash(databasePath), database == record.database,
            outputsHash(folder) == record.outputs
        else { return nil }
        return record.summary
    }

    // MARK: - Fingerprints

    /// The inputs' fingerprint; `nil` when the run reads the system clock (never the same twice).
    /// `usesSystemClock` is known once the programme is read: the record is then not written.
    static func inputs(
        registryDirectory: String, calendars: String?, clock: ProgrammeClock, exclude: [String]
    ) -> String? {
        var hash = SHA256()
        hash.update(format + "|")
        hash.update("clock|" + (clock.fixed.map { "fixed \($0.timeIntervalSince1970)" } ?? "programme") + "|")
        hash.update(program())
        let excluded = Set(
            exclude.flatMap { path in
                let full = absolute(path)
                return [full, full + "-wal", full + "-shm", full + "-journal"]
            })
        guard addFiles(of: registryDirectory, to: &hash, label: "registry", excluding: excluded) else { return nil }
        if let calendars {
            hash.update("|calendars|")
            guard addFiles(of: calendars, to: &hash, label: "calendars", excluding: excluded) else { return nil }
        }
        return hash.hexDigest()
    }

    /// The executable and the resource folders beside it, by size and modification time.
    private static func program() -> String {
        var text = "program|"
        let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        guard let executable = link ?? CommandLine.arguments.first else { return text }
        text += stampText(executable) + "|"
        let folder = (executable as NSString).deletingLastPathComponent
        let resources = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".resources") }.sorted()
        for name in resources {
            for file in walk(folder + "/" + name, excluding: []) {
                text += name + "/" + file.relative + " " + file.stamp + "|"
            }
        }
        return text
    }

    /// Every file below `root` by relative path and bytes; `false` when it cannot be read.
    private static func addFiles(of root: String, to hash: inout SHA256, label: String, excluding: Set<String>)
        -> Bool
    {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue else {
            return false
        }
        for file in walk(root, excluding: excluding) {
            guard let data = FileManager.default.contents(atPath: file.path) else { return false }
            hash.update("|\(file.relative)|\(data.count)|")
            add(data, to: &hash)
        }
        return true
    }

    /// The database's bytes (and those of its write-ahead log, when it holds any), read a block at
    /// a time: a database of a whole programme is not held in memory to be hashed.
    static func databaseHash(_ path: String) -> String? {
        guard path != ":memory:", let size = fileSize(path) else { return nil }
        var hash = SHA256()
        hash.update("database|\(size)|")
        guard addFile(path, to: &hash) else { return nil }
        if let log = fileSize(path + "-wal"), log > 0 {
            hash.update("|wal|\(log)|")
            guard addFile(path + "-wal", to: &hash) else { return nil }
        }
        return hash.hexDigest()
    }

    private static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// Adds the file's bytes a megabyte at a time; `false` when it cannot be read.
    private static func addFile(_ path: String, to hash: inout SHA256) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        do {
            while let block = try handle.read(upToCount: 1 << 20), !block.isEmpty {
                hash.update([UInt8](block))
            }
            return true
        } catch {
            return false
        }
    }

    /// Adds `data` a megabyte at a time (no second copy of a large file in memory).
    private static func add(_ data: Data, to hash: inout SHA256) {
        let step = 1 << 20
        var start = data.startIndex
        while start < data.endIndex {
            let end = min(data.endIndex, start + step)
            hash.update([UInt8](data[start..<end]))
            start = end
        }
    }

    /// Every file below the output folder (the record itself excepted), by name and stamp.
    static func outputsHash(_ folder: URL) -> String {
        var hash = SHA256()
        hash.update("outputs|")
        for file in walk(folder.path, excluding: []) where file.relative != fileName {
            hash.update(file.relative + " " + file.stamp + "\n")
        }
        return hash.hexDigest()
    }

    // MARK: - Files

    struct File {
        let path: String
        let relative: String
        let stamp: String
    }

    /// The regular files below `root` (symbolic links followed), sorted by relative path, each with
    /// its size, modification time (nanoseconds) and inode; paths named in `excluding` (absolute)
    /// are left out.
    static func walk(_ root: String, excluding: Set<String>) -> [File] {
        var files: [File] = []
        let base = absolute(root)
        func visit(_ folder: String, _ prefix: String) {
            guard let directory = opendir(folder) else { return }
            defer { closedir(directory) }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
                }
                if name != "." && name != ".." { names.append(name) }
            }
            for name in names.sorted() {
                let path = folder + "/" + name
                guard !excluding.contains(path) else { continue }
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                switch info.st_mode & mode_t(S_IFMT) {
                case mode_t(S_IFDIR):
                    visit(path, prefix + name + "/")
                case mode_t(S_IFREG):
                    files.append(File(path: path, relative: prefix + name, stamp: stampText(info)))
                default:
                    continue
                }
            }
        }
        visit(base, "")
        return files.sorted { $0.relative < $1.relative }
    }

    private static func stampText(_ path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "missing" }
        return stampText(info)
    }

    private static func stampText(_ info: stat) -> String {
        #if canImport(Darwin)
            let modified = info.st_mtimespec
        #else
            let modified = info.st_mtim
        #endif
        return "\(info.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(info.st_ino)"
    }

    private static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
