import Foundation
import TwinLinkDocuments

extension WriteDocuments {
    /// How many items a worker renders before the chunk's files are staged: bounds the documents
    /// held in memory to a few chunks, whatever the size of the programme.
    static let chunkSize = 32

    /// Renders the documents of `items` on all cores, a bounded chunk at a time, and stages each
    /// document's files as soon as it is rendered, then commits them as one batch (all or
    /// nothing; an unchanged file is left alone). The files are listed in the order of `items`,
    /// whatever the number of cores, and the first failure in that order is the one reported.
    /// Into a folder, streamed as below, off the cooperative pool; into memory (the web, tests),
    /// every document is rendered (off the pool) and put into `output` in the order of `items`.
    static func renderAndWrite<Item: Sendable>(
        _ items: [Item], to output: any OutputSink, pdf: Bool, label: String = "documents", fingerprint: String? = nil,
        render: @escaping @Sendable (Item) throws(TwinLinkError) -> [RenderedDocument]
    ) async throws(TwinLinkError) -> Written {
        if let folder = output.folder {
            return try await OffPool.run { () throws(TwinLinkError) -> Written in
                try renderAndWrite(
                    items, to: folder.path, pdf: pdf, label: label, fingerprint: fingerprint, render: render)
            }
        }
        let documents = try await OffPool.run { () throws(TwinLinkError) -> [RenderedDocument] in
            var documents: [RenderedDocument] = []
            for item in items {
                documents += try render(item)
            }
            return documents
        }
        return try await write(documents, to: output, pdf: pdf)
    }

    /// Into the folder `directory`: rendered on all cores, a bounded chunk at a time (blocking; call
    /// it off the cooperative pool).
    private static func renderAndWrite<Item: Sendable>(
        _ items: [Item], to directory: String, pdf: Bool, label: String, fingerprint: String?,
        render: @escaping @Sendable (Item) throws(TwinLinkError) -> [RenderedDocument]
    ) throws(TwinLinkError) -> Written {
        // Made from the same inputs as the files already there: nothing to render or write.
        if let fingerprint, !pdf, let files = upToDate(fingerprint, in: directory) {
            return Written(files: files, pdfNote: nil)
        }
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        let batch: FileBatch
        do {
            batch = try FileBatch(directory: folder)
        } catch {
            throw .output(path: directory, reason: Self.reason(error))
        }
        var files: [String] = []
        var names: [(name: String, html: String)] = []
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let progress = ProgressLine(label, total: items.count)
        defer { progress.finish() }
        var start = 0
        while start < items.count {
            let chunk = Array(items[start..<min(items.count, start + chunkSize * workers)])
            let slots = ChunkSlots(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: chunk.count) { position in
                slots.set(
                    position,
                    Result { () throws(TwinLinkError) -> [(String, String)] in
                        let documents = try render(chunk[position])
                        var written: [(String, String)] = []
                        for document in documents {
                            do throws(DocumentError) {
                                try batch.stage(document.html, at: document.htmlFileName)
                                try batch.stage(document.markdown, at: document.markdownFileName)
                            } catch {
                                throw .output(
                                    path: folder.appendingPathComponent(document.name).path, reason: Self.reason(error))
                            }
                            written.append((document.name, document.htmlFileName))
                        }
                        progress.advance()
                        return written
                    })
            }
            for result in slots.results {
                switch result {
                case .success(let documents):
                    for (name, html) in documents {
                        files.append(folder.appendingPathComponent(html).path)
                        files.append(folder.appendingPathComponent(name + ".md").path)
                        names.append((name, html))
                    }
                case .failure(let error):
                    batch.discard()
                    throw error
                }
            }
            start += chunk.count
        }
        do throws(DocumentError) {
            if let fingerprint {
                try batch.stage(record(fingerprint, files: files, in: folder.path), at: stageRecord)
            }
            try batch.commit()
        } catch {
            throw .output(path: directory, reason: Self.reason(error))
        }
        guard pdf else { return Written(files: files, pdfNote: nil) }
        guard let printer = PDFPrinter.locate() else {
            return Written(files: files, pdfNote: PDFPrinter.unavailableMessage)
        }
        for (name, html) in names {
            let target = folder.appendingPathComponent(name + ".pdf")
            do {
                try printer.print(html: folder.appendingPathComponent(html), to: target)
            } catch {
                throw .output(path: target.path, reason: "\(error)")
            }
            files.append(target.path)
        }
        return Written(files: files, pdfNote: nil)
    }

    private static func reason(_ error: DocumentError) -> String {
        if case .writeFailed(_, let problem) = error { return problem }
        return error.description
    }
}

/// The results of one chunk, each in the place of its item.
private final class ChunkSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<[(String, String)], TwinLinkError>?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<[(String, String)], TwinLinkError>) {
        lock.withLock { slots[index] = result }
    }

    var results: [Result<[(String, String)], TwinLinkError>] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
