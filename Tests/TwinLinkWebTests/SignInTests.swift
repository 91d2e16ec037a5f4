import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkApp
import TwinLinkStore
import TwinLinkWeb

@Suite("Sign-in")
struct SignInTests {
    /// The sign-in link in the newest mail of the outbox.
    static func linkToken(in outbox: URL) throws -> String? {
        let files = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".eml") }
            .sorted()
        guard let last = files.last else { return nil }
        let mail = try String(contentsOf: outbox.appendingPathComponent(last), encoding: .utf8)
        guard let range = mail.range(of: #"/login/link\?token=[A-Za-z0-9_-]+"#, options: .regularExpression) else {
            return nil
        }
        return String(mail[range].split(separator: "=").last!)
    }

    @Test("a sign-in link works once, signs in with a fresh session, and is stored only as a hash")
    func linkWorksOnce() async throws {
        let harness = try await DeskHarness.make(fixtures: false)
        let outbox = URL(fileURLWithPath: harness.options.mailOutbox!)
        try await harness.test { client in
            let asked = try await Browser.anonymous.post(client, "/login/link", [("email", "coordinator@example.org")])
            #expect(asked.status == .ok)
            let token = try #require(try Self.linkToken(in: outbox))
            #expect(token.count >= 43)  // 32 random bytes, base64url
            // The database holds the hash, never the token.
            let counts = try await harness.workspace.store.read({ try $0.rowCounts() })
            #expect(counts["sign_in_links"] == 1)
            let dump = try String(contentsOfFile: harness.options.databasePath, encoding: .isoLatin1)
            #expect(!dump.contains(token))

            let confirm = try await Browser.anonymous.get(client, "/login/link?token=\(token)")
            #expect(confirm.status == .ok)  // a page with a button: mail scanners do not use the link up
            let used = try await Browser.anonymous.post(client, "/login/link/use", [("token", token)])
            #expect(used.status == .seeOther)
            #expect(used.location == "/")
            let cookie = try #require(used.headers[.setCookie])
            #expect(cookie.contains("tl_session="))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            let session = String(cookie.split(separator: ";")[0])
            let desk = try await Browser(cookie: session).get(client, "/accounts")
            #expect(desk.status == .ok)

            let again = try await Browser.anonymous.post(client, "/login/link/use", [("token", token)])
            #expect(again.status == .badRequest)
            #expect(again.headers[.setCookie]?.contains("tl_session=") != true)
        }
    }

    @Test("an unknown address gets the same answer and no mail")
    func unknownAddress() async throws {
        let harness = try await DeskHarness.make(fixtures: false)
        let outbox = URL(fileURLWithPath: harness.options.mailOutbox!)
        try await harness.test { client in
            let known = try await Browser.anonymous.post(client, "/login/link", [("email", "auditor@example.org")])
            let unknown = try await Browser.anonymous.post(client, "/login/link", [("email", "nobody@example.org")])
            #expect(known.status == unknown.status)
            #expect(known.text == unknown.text)
        }
        let mails = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".eml") }
        #expect(mails.count == 1)
    }

    @Test("an expired link does not sign in")
    func expiredLink() async throws {
        let harness = try await DeskHarness.make(fixtures: false)
        let store = AccountStore(harness.workspace.store)
        let account = try #require(try await store.account(email: "auditor@example.org"))
        try await store.createSignInLink(
            tokenHash: WebTestHooks.hash("old-token-old-token-old-token-old-token-0"), accountID: account.id,
            expiresAt: Date().addingTimeInterval(-1))
        try await harness.test { client in
            let response = try await Browser.anonymous.post(
                client, "/login/link/use", [("token", "old-token-old-token-old-token-old-token-0")])
            #expect(response.status == .badRequest)
        }
    }

    @Test("links are rate-limited per address")
    func rateLimit() async throws {
        let harness = try await DeskHarness.make(fixtures: false)
        try await harness.test { client in
            var statuses: [UInt16] = []
            for _ in 0..<5 {
                statuses.append(
                    UInt16(
                        try await Browser.anonymous.post(client, "/login/link", [("email", "sme@example.org")]).status
                            .code))
            }
            #expect(statuses == [200, 200, 200, 429, 429])
        }
    }

    @Test("password sign-in: a wrong password is refused, the right one gives a new session; sign-out destroys it")
    func password() async throws {
        let harness = try await DeskHarness.make(fixtures: false)
        _ = try await AccountAdmin.add(
            email: "ewa@example.org", role: .coordinator, organisation: nil, password: "correct horse battery",
            actor: "test",
            workspace: harness.workspace)
        try await harness.test { client in
            let wrong = try await Browser.anonymous.post(
                client, "/login", [("email", "ewa@example.org"), ("password", "wrong password!")])
            #expect(wrong.status == .unauthorized)
            let unknown = try await Browser.anonymous.post(
                client, "/login", [("email", "who@example.org"), ("password", "wrong password!")])
            #expect(unknown.status == wrong.status)
            #expect(
                unknown.text.replacingOccurrences(of: "who@example.org", with: "ADDRESS")
                    == wrong.text.replacingOccurrences(of: "ewa@example.org", with: "ADDRESS"))
            let right = try await Browser.anonymous.post(
                client, "/login",
                [("email", "ewa@example.org"), ("password", "correct horse battery"), ("next", "//evil.example")])
            #expect(right.status == .seeOther)
            #expect(right.location == "/")  // no open redirect
            let session = String(try #require(right.headers[.setCookie]).split(separator: ";")[0])
            let page = try await Browser(cookie: session).get(client, "/accounts")
            #expect(page.status == .ok)
            let csrf = try #require(page.text.firstMatch(of: /name="csrf" value="([^"]+)"/)?.output.1)
            let out = try await Browser(cookie: session, csrf: String(csrf)).post(client, "/logout")
            #expect(out.status == .seeOther)
            let after = try await Browser(cookie: session).get(client, "/accounts")
            #expect(after.status == .seeOther)
            #expect(after.location.hasPrefix("/login"))
        }
    }
}
