import Foundation

/// Writes documents into a folder as `<name>.html` and `<name>.md`.
///
/// Each file is written atomically (to a temporary file, then renamed), so a reader never sees a
/// half-written document, and a document written again replaces the old one whole.
public struct DocumentWriter: Sendable {
    public init() {}

    /// Writes every document in both editions and returns the files written, in order.
    @discardableResult
    public func write(_ documents: [RenderedDocument], to directory: URL) throws(DocumentError) -> [URL] {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed(path: directory.path, problem: error.localizedDescription)
        }
        var written: [URL] = []
        for document in documents {
            for (fileName, text) in [
                (document.htmlFileName, document.html), (document.markdownFileName, document.markdown),
            ] {
                let url = directory.appendingPathComponent(fileName)
                do {
                    try Data(text.utf8).write(to: url, options: .atomic)
                } catch {
                    throw .writeFailed(path: url.path, problem: error.localizedDescription)
                }
                written.append(url)
            }
        }
        return written
    }
}
