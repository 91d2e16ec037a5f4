import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkWeb

@Suite("Languages")
struct LanguageTests {
    @Test("the language switch shows the desk in Polish, and back")
    func polish() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        try await harness.test { client in
            let english = try await Browser(cookie: session.cookie).get(client, "/plan")
            #expect(english.text.contains("<html lang=\"en\">"))
            #expect(english.text.contains(">Re-plan<"))
            let switched = try await Browser(cookie: session.cookie).get(client, "/language/pl?back=/plan")
            #expect(switched.status == .seeOther)
            #expect(switched.location == "/plan")
            let polish = try await Browser(cookie: "\(session.cookie); lang=pl").get(client, "/plan")
            #expect(polish.text.contains("<html lang=\"pl\">"))
            #expect(polish.text.contains(">Zaplanuj ponownie<"))
            let outside = try await Browser(cookie: session.cookie).get(
                client, "/language/pl?back=https://evil.example")
            #expect(outside.location == "/")
            // A tab or line break that a browser would drop, making `//evil.example`.
            for back in ["/%09/evil.example", "/%0A/evil.example", "/%20/evil.example"] {
                let smuggled = try await Browser(cookie: session.cookie).get(client, "/language/pl?back=\(back)")
                #expect(smuggled.location == "/", "\(back)")
            }
        }
    }
}
