import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkTestSupport
import TwinLinkWeb

@Suite("Desk pages on the fixtures")
struct DeskFlowTests {
    static let visit = "visit-ev-2027-05-nuremberg-forum"

    @Test("allocate, withdraw an accepted firm: the waitlisted one takes the seat; the auditor sees no forms")
    func withdrawPromotes() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        try await harness.test { client in
            let allocated = try await coordinator.post(client, "/allocation/\(Self.visit)/run")
            #expect(allocated.status == .ok)
            #expect(allocated.text.contains("app-0118"))
            let withdrawn = try await coordinator.post(
                client, "/allocation/\(Self.visit)/withdraw",
                [("application", "app-0118"), ("reason", "Cannot travel")])
            #expect(withdrawn.status == .ok)
            #expect(withdrawn.text.contains("app-0089"))
            let outcome = try await AllocationDecisions.latest(
                activity: Identifier(trusted: Self.visit), workspace: harness.workspace)
            let promoted = outcome.version.decisions.first { $0.applicationID.rawValue == "app-0089" }
            if case .accepted = promoted?.outcome {
            } else {
                Issue.record("app-0089 not seated: \(String(describing: promoted?.outcome))")
            }

            let auditor = harness.sessions["auditor"]!
            let page = try await Browser(cookie: auditor.cookie).get(client, "/allocation/\(Self.visit)")
            #expect(page.status == .ok)
            #expect(!page.text.contains("action=\"/allocation/\(Self.visit)/withdraw\""))
            #expect(page.text.contains("app-0089"))
        }
    }

    @Test("an override without a reason is refused next to the field and nothing is recorded")
    func overrideNeedsReason() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        try await harness.test { client in
            _ = try await coordinator.post(client, "/allocation/\(Self.visit)/run")
            let refused = try await coordinator.post(
                client, "/allocation/\(Self.visit)/override",
                [("application", "app-0116"), ("action", "accept"), ("seats", "1"), ("reason", " ")])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("class=\"error\""))
        }
        #expect(
            try await harness.workspace.store.read({ try $0.overrides(of: [Identifier(trusted: "app-0116")]) }).isEmpty)
    }

    @Test("an upload with a bad row is refused whole, with FILE:LINE, and nothing changes")
    func importRefused() async throws {
        let harness = try await DeskHarness.make(fixtures: false)
        let session = harness.sessions["coordinator"]!
        let fixtures = URL(fileURLWithPath: RepositoryPaths.fixtures)
        let boundary = "----twinlinkboundary"
        var body = ""
        for name in [
            "programme.yaml", "smes.csv", "partner_cities.csv", "partner_enterprises.csv", "people.csv", "events.csv",
            "applications.csv", "meeting_requests.csv", "enterprise_links.csv",
        ] {
            var text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
            if name == "people.csv" {
                text = text.replacingOccurrences(of: "magdalena.rudnicka@twinlink.examp", with: "bad@@twinlink.examp")
            }
            body +=
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\nContent-Type: text/csv\r\n\r\n\(text)\r\n"
        }
        body +=
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(session.csrf)\r\n--\(boundary)--\r\n"
        let upload = body
        try await harness.test { client in
            let response = try await client.execute(
                uri: "/registry/import", method: .post,
                headers: [
                    .contentType: "multipart/form-data; boundary=\(boundary)", .cookie: session.cookie,
                    .origin: DeskHarness.origin,
                ],
                body: .init(string: upload))
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("people.csv:2"), "\(response.text.prefix(2000))")
            #expect(!response.text.contains("/tmp/"))
        }
        #expect(try await harness.workspace.store.read({ try $0.registry() }) == nil)
    }
}
