public import Foundation

/// Writes documents into a folder as `<name>.html` and `<name>.md`, as one `FileBatch`.
///
/// A reader never sees a half-written document; a document whose files already hold its bytes is
/// left alone (no write, no new modification time); the files of a call appear together, after
/// every one of them was written, with one folder sync instead of one per file.
public struct DocumentWriter: Sendable {
    public init() {}

    /// Writes every document in both editions and returns their files, in order (those already up
    /// to date included).
    @discardableResult
    public func write(_ documents: [RenderedDocument], to directory: URL) throws(DocumentError) -> [URL] {
        let batch = try FileBatch(directory: directory)
        var files: [URL] = []
        do {
            for document in documents {
                for (fileName, text) in [
                    (document.htmlFileName, document.html), (document.markdownFileName, document.markdown),
                ] {
                    try batch.stage(text, at: fileName)
                    files.append(directory.appendingPathComponent(fileName))
                }
            }
        } catch {
            batch.discard()
            throw error
        }
        try batch.commit()
        return files
    }
}
