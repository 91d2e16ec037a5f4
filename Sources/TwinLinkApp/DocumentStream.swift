import Foundation
import TwinLinkDocuments
import TwinLinkDomain

extension WriteDocuments {
    /// How many items a worker renders before the chunk's files are staged: bounds the documents
    /// held in memory to a few chunks, whatever the size of the programme.
    static let chunkSize = 32

    /// Renders the documents of `items` on all cores (``ParallelWork``: a bounded task group, each
    /// task a contiguous run of a chunk), a bounded chunk at a time, and stages each document's
    /// files as soon as it is rendered, then commits them as one batch (all or nothing; an
    /// unchanged file is left alone). The files are listed in the order of `items`, whatever the
    /// number of cores, and the first failure in that order is the one reported.
    /// Into memory (the web, tests), every document is rendered the same way and put into `output`
    /// in the order of `items`.
    static func renderAndWrite<Item: Sendable>(
        _ items: [Item], to output: any OutputSink, pdf: Bool, label: String = "documents", fingerprint: String? = nil,
        workers: Int = ParallelWork.defaultWorkers,
        render: @escaping @Sendable (Item) throws(TwinLinkError) -> [RenderedDocument]
    ) async throws(TwinLinkError) -> Written {
        if let folder = output.folder {
            return try await renderAndWrite(
                items, to: folder.path, pdf: pdf, label: label, fingerprint: fingerprint, workers: workers,
                render: render)
        }
        let results = await ParallelWork.map(items, workers: workers) { item in
            Result { () throws(TwinLinkError) -> [RenderedDocument] in try render(item) }
        }
        var documents: [RenderedDocument] = []
        for result in results {
            documents += try result.get()
        }
        return try await write(documents, to: output, pdf: pdf)
    }

    /// Into the folder `directory`: rendered on `workers` tasks, a bounded chunk at a time.
    private static func renderAndWrite<Item: Sendable>(
        _ items: [Item], to directory: String, pdf: Bool, label: String, fingerprint: String?, workers: Int,
        render: @escaping @Sendable (Item) throws(TwinLinkError) -> [RenderedDocument]
    ) async throws(TwinLinkError) -> Written {
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
        let workers = max(1, workers)
        let progress = ProgressLine(label, total: items.count)
        defer { progress.finish() }
        var start = 0
        while start < items.count {
            let chunk = Array(items[start..<min(items.count, start + chunkSize * workers)])
            let results = await ParallelWork.map(chunk, workers: workers) { item in
                Result { () throws(TwinLinkError) -> [(String, String)] in
                    let documents = try render(item)
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
                }
            }
            for result in results {
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
            let source = folder.appendingPathComponent(html)
            let target = folder.appendingPathComponent(name + ".pdf")
            do {
                try await OffPool.run { () throws(PDFPrintError) in try printer.print(html: source, to: target) }
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
