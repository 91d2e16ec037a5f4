import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkWeb

@Suite("Page cache: a change re-renders only the pages that read what changed")
struct PageCacheTests {
    /// Views `path` and says whether it was rendered (`true`) or served from the page cache.
    private static func rendered(
        _ path: String, _ harness: DeskHarness, _ browser: Browser, _ client: any TestClientProtocol
    ) async throws -> (rendered: Bool, text: String) {
        let before = harness.desk.pageCounts
        let response = try await browser.get(client, path)
        #expect(response.status == .ok, "\(path)")
        let after = harness.desk.pageCounts
        #expect(after.hits + after.renders == before.hits + before.renders + 1)
        return (after.renders > before.renders, response.text)
    }

    @Test("an account's role changed at the desk: the accounts page is rendered again, the plan and registry are not")
    func accountChange() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let browser = Browser(cookie: session.cookie, csrf: session.csrf)
        let pages = ["/plan", "/registry/smes", "/allocation", "/meetings", "/accounts"]
        try await harness.test { client in
            for page in pages { #expect(try await Self.rendered(page, harness, browser, client).rendered, "\(page)") }
            #expect(
                try await Self.rendered("/accounts", harness, browser, client).text.contains(
                    "Make coordinator: auditor@example.org"))
            for page in pages { #expect(try await !Self.rendered(page, harness, browser, client).rendered, "\(page)") }
            let auditor = try #require(
                try await AccountStore(harness.workspace.store).accounts().first { $0.email == "auditor@example.org" })
            let changed = try await browser.post(client, "/accounts/\(auditor.id)", [("role", "coordinator")])
            #expect(changed.status == .ok)
            for page in ["/plan", "/registry/smes", "/allocation", "/meetings"] {
                #expect(try await !Self.rendered(page, harness, browser, client).rendered, "\(page) was rendered again")
            }
            let accounts = try await Self.rendered("/accounts", harness, browser, client)
            #expect(accounts.rendered)
            // The row's button now offers the other role.
            #expect(accounts.text.contains("Make auditor: auditor@example.org"))
            #expect(!accounts.text.contains("Make coordinator: auditor@example.org"))
        }
    }

    @Test(
        "a firm renamed by another process: its registry pages are rendered again and show it, the auditor's accounts page is not"
    )
    func registryChangeFromOutside() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let browser = Browser(cookie: session.cookie, csrf: session.csrf)
        try await harness.test { client in
            // The auditor's accounts page has no form naming firms: it reads no registry table.
            let auditor = Browser(cookie: harness.sessions["auditor"]!.cookie)
            for page in ["/registry/smes", "/registry/smes/sme-codewawel"] {
                _ = try await Self.rendered(page, harness, browser, client)
            }
            _ = try await Self.rendered("/accounts", harness, auditor, client)
            // The command line's connection: a Workspace of its own on the same file.
            let other = try Workspace(databasePath: harness.options.databasePath)
            var registry = try await other.registry()
            let index = try #require(registry.enterprises.firstIndex { $0.id.rawValue == "sme-codewawel" })
            registry.enterprises[index].legalName = "CodeWawel Renamed S.A."
            let renamed = registry
            _ = try await other.store.write({ try $0.apply(renamed, source: "test", at: Date()) })
            for page in ["/registry/smes", "/registry/smes/sme-codewawel"] {
                let view = try await Self.rendered(page, harness, browser, client)
                #expect(view.rendered, "\(page)")
                #expect(view.text.contains("CodeWawel Renamed S.A."), "\(page)")
            }
            #expect(try await !Self.rendered("/accounts", harness, auditor, client).rendered)
        }
    }

    @Test("every table has its change counter and triggers; a change raises only its table's counter")
    func counters() async throws {
        let store = try RegistryStore.inMemory()
        #expect(try await store.read({ try $0.uncountedTables() }) == [])
        let before = try await store.tableVersions()
        #expect(before["people"] == 0 && before["accounts"] == 0 && before["audit_log"] == 0)
        _ = try await AccountStore(store).addAccount(
            email: "a@example.org", role: .auditor, organisationID: nil, passwordHash: nil, actor: "test", at: Date())
        let after = try await store.tableVersions()
        #expect(after["accounts"] == 1)
        #expect(after["people"] == 0)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(changed.isSubset(of: ["accounts", "audit_log"]))
    }
}
