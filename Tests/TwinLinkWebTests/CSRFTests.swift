import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkApp
import TwinLinkStore
import TwinLinkWeb

@Suite("CSRF and security headers")
struct CSRFTests {
    @Test("a missing, forged or foreign-origin form gets 403 and changes nothing")
    func forgedForms() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let browser = Browser(cookie: session.cookie, csrf: session.csrf)
        let withdraw = "/allocation/visit-ev-2027-05-nuremberg-forum/withdraw"
        try await harness.test { client in
            let fields = [("application", "app-0118"), ("reason", "forged")]
            let missing = try await browser.post(client, withdraw, fields, token: .some(nil))
            #expect(missing.status == .forbidden)
            let forged = try await browser.post(client, withdraw, fields, token: "forged-token")
            #expect(forged.status == .forbidden)
            let otherSite = try await browser.post(client, withdraw, fields, origin: "http://evil.example")
            #expect(otherSite.status == .forbidden)
            let noOrigin = try await browser.post(client, withdraw, fields, origin: nil)
            #expect(noOrigin.status == .forbidden)
            // Another account's token does not work either.
            let auditorToken = harness.sessions["auditor"]!.csrf
            let borrowed = try await browser.post(client, withdraw, fields, token: auditorToken)
            #expect(borrowed.status == .forbidden)
        }
        let withdrawals = try await harness.workspace.store.read({ try $0.recordedWithdrawals() })
        #expect(withdrawals.isEmpty)
    }

    @Test("every page carries the security headers; no inline script or style")
    func headers() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        try await harness.test { client in
            for uri in ["/login", "/", "/plan", "/registry/smes"] {
                let response = try await Browser(cookie: uri == "/login" ? nil : session.cookie).get(client, uri)
                #expect(response.status == .ok, "\(uri)")
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("default-src 'self'"))
                #expect(policy.contains("frame-ancestors 'none'"))
                #expect(!policy.contains("unsafe-inline"))
                #expect(response.headers[.xContentTypeOptions] == "nosniff")
                #expect(response.headers[.init("Referrer-Policy")!] == "same-origin")
                #expect(!response.text.contains("<script"))
                #expect(!response.text.contains("style="))
                #expect(!response.text.contains("<style"))
            }
        }
    }
}
