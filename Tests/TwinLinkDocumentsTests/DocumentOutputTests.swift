import Foundation
import Testing
import TwinLinkDocuments

/// Documents reach the disk whole, and become PDFs where headless Chromium is installed.
@Suite struct DocumentOutputTests {
    @Test func theWriterWritesBothEditionsOfEveryDocument() throws {
        let packs = try DocumentRenderer().briefingPacks(try NurembergForumPack.input())
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-docs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let written = try DocumentWriter().write(packs, to: folder)
        #expect(written.count == packs.count * 2)
        let html = try String(contentsOf: folder.appendingPathComponent(packs[0].htmlFileName), encoding: .utf8)
        #expect(html == packs[0].html)
        let markdown = try String(contentsOf: folder.appendingPathComponent(packs[0].markdownFileName), encoding: .utf8)
        #expect(markdown == packs[0].markdown)
    }

    @Test func theWriterNamesAFolderItCannotCreate() throws {
        let packs = try DocumentRenderer().briefingPacks(try NurembergForumPack.input())
        let blocker = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-file-\(UUID().uuidString)")
        try Data("not a folder".utf8).write(to: blocker)
        defer { try? FileManager.default.removeItem(at: blocker) }
        let target = blocker.appendingPathComponent("packs")
        #expect {
            try DocumentWriter().write(packs, to: target)
        } throws: { error in
            guard case .writeFailed(let path, _) = error as? DocumentError else { return false }
            return path == target.path
        }
    }

    @Test func noChromiumMeansNoPrinterAndAClearMessage() {
        #expect(PDFPrinter.locate(environment: ["PATH": "/nonexistent"]) == nil)
        #expect(PDFPrinter.unavailableMessage.contains("PDF skipped"))
    }

    @Test(.enabled(if: PDFPrinter.locate() != nil, "headless Chromium is not installed"))
    func chromiumPrintsThePackToAnA4PDF() throws {
        let printer = try #require(PDFPrinter.locate())
        let pack = try DocumentRenderer().briefingPacks(try NurembergForumPack.input())[0]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try DocumentWriter().write([pack], to: folder)
        let pdf = folder.appendingPathComponent(pack.name + ".pdf")
        try printer.print(html: folder.appendingPathComponent(pack.htmlFileName), to: pdf)
        let data = try Data(contentsOf: pdf)
        #expect(data.starts(with: Data("%PDF-".utf8)))
        // A4 portrait is 595 × 842 points.
        #expect(String(decoding: data, as: UTF8.self).contains("/MediaBox [0 0 594.95996 841.91998]"))
    }
}
