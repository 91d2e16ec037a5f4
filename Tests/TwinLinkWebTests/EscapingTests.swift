import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkApp
import TwinLinkTestSupport
import TwinLinkWeb

@Suite("Escaping")
struct EscapingTests {
    @Test("hostile names from the registry come out as text, never as markup")
    func hostileNames() async throws {
        // The fixtures with one firm renamed to markup, imported the normal way.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-hostile-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: RepositoryPaths.fixtures), to: folder)
        let smes = folder.appendingPathComponent("smes.csv")
        let hostile = #"<script>alert(1)</script> & "quoted" <img src=x onerror=alert(2)>"#
        let original = try String(contentsOf: smes, encoding: .utf8)
        let row = "sme-codewawel,CodeWawel sp. z o.o.,"
        #expect(original.contains(row))
        let text = original.replacingOccurrences(
            of: row, with: "sme-codewawel,\"" + hostile.replacingOccurrences(of: "\"", with: "\"\"") + "\",")
        try text.write(to: smes, atomically: true, encoding: .utf8)

        let harness = try await DeskHarness.make(fixtures: false)
        _ = try await ImportRegistry.run(directory: folder.path, into: harness.workspace.store, now: Date())
        let session = harness.sessions["coordinator"]!
        try await harness.test { client in
            for uri in ["/registry/smes", "/registry/smes/sme-codewawel", "/registry/smes?q=%3Cscript"] {
                let response = try await Browser(cookie: session.cookie).get(client, uri)
                #expect(response.status == .ok)
                #expect(!response.text.contains("<script>alert(1)"), "\(uri)")
                #expect(!response.text.contains("<img src=x"), "\(uri)")
                #expect(response.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(uri)")
            }
        }
    }
}
