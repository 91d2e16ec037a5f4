public import Foundation

/// The files of a registry as data, by file name, and how messages name where they came from: a
/// folder on disk and an upload of the same files are read by the same code and give the same
/// FILE:LINE messages.
public struct RegistryFiles: Sendable {
    /// Each file's bytes, by its name (`people.csv`); no folders.
    public var contents: [String: Data]
    /// How messages name the place the files came from (the folder as the user typed it, or the
    /// upload's name).
    public var displayPath: String
    /// Files that are there but could not be read.
    public var unreadable: Set<String> = []

    public init(_ contents: [String: Data], displayPath: String) {
        self.contents = contents
        self.displayPath = displayPath
    }

    /// Every regular file directly in `directory`; refused with one problem when it is not a folder.
    public static func folder(_ directory: URL, displayPath: String) throws(ImportFailure) -> RegistryFiles {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ImportFailure(issues: [
                ImportIssue(
                    file: displayPath, line: 0, field: "(folder)", value: displayPath,
                    problem: "no such folder; expected a folder with programme.yaml and the registry CSV files")
            ])
        }
        var files = RegistryFiles([:], displayPath: displayPath)
        for name in (try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? [] {
            let path = directory.appendingPathComponent(name).path
            var isFolder: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            if let data = fileManager.contents(atPath: path) {
                files.contents[name] = data
            } else {
                files.unreadable.insert(name)
            }
        }
        return files
    }

    /// The names of the files that are there, readable or not.
    public var names: Set<String> { Set(contents.keys).union(unreadable) }

    /// A file as messages name it: `fixtures/people.csv` (just `people.csv` when the display
    /// path is empty, as for an upload).
    public func name(_ file: String) -> String {
        if displayPath.isEmpty { return file }
        return displayPath.hasSuffix("/") ? displayPath + file : displayPath + "/" + file
    }

    public subscript(_ file: String) -> Data? { contents[file] }
}
