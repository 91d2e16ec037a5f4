import Foundation

/// Writes output files so that a reader never sees half a file: each is written to a temporary
/// name in the same folder and renamed into place.
public struct OutputFiles: Sendable {
    public let directory: URL

    public init(directory: String) throws(TwinLinkError) {
        self.directory = URL(fileURLWithPath: directory, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: self.directory, withIntermediateDirectories: true)
        } catch {
            throw .output(path: directory, reason: error.localizedDescription)
        }
    }

    /// Writes `data` to `relativePath` (sub-folders are created) and returns the full path.
    @discardableResult
    public func write(_ data: Data, to relativePath: String) throws(TwinLinkError) -> URL {
        let url = directory.appendingPathComponent(relativePath)
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
        } catch {
            throw .output(path: url.path, reason: error.localizedDescription)
        }
        return url
    }

    @discardableResult
    public func write(_ text: String, to relativePath: String) throws(TwinLinkError) -> URL {
        try write(Data(text.utf8), to: relativePath)
    }
}
