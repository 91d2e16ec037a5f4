import Foundation
import Testing
import TwinLinkTestSupport

@Suite("twinlink info-material and digest", .serialized)
struct DocumentCommandTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    @Test("information material for one partner city and a digest for one firm, as HTML and Markdown")
    func documents() throws {
        let db = RepositoryPaths.temporaryDatabase()
        #expect(try cli.run("import", "fixtures", "--db", db).status == 0)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-docs-\(UUID().uuidString)")
        let material = try cli.run("info-material", "nuremberg", "--out", out.path, "--db", db)
        #expect(material.status == 0, "\(material.stderr)")
        let html = try String(contentsOf: out.appendingPathComponent("info-material-nuremberg.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("Nuremberg"))
        // Firms that are not eligible or did not consent are not in the catalogue.
        #expect(!html.contains("MedInfo Systems"))
        #expect(!html.contains("Huta Precyzja"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("info-material-nuremberg.md").path))

        let digest = try cli.run("digest", "sme-akademia-rzemiosla", "--out", out.path, "--db", db)
        #expect(digest.status == 0, "\(digest.stderr)")
        #expect(
            FileManager.default.fileExists(
                atPath: out.appendingPathComponent("digest-sme-akademia-rzemiosla.html").path))

        let unknown = try cli.run("digest", "sme-nobody", "--out", out.path, "--db", db)
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "twinlink: no local enterprise 'sme-nobody'; see 'twinlink list smes'\n")
    }
}
