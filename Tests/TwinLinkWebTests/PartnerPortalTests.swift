import Foundation
import HummingbirdTesting
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkTestSupport
import TwinLinkWeb

/// The partner-city portal on the fixtures: the `partner` account of Nuremberg.
@Suite("Partner-city portal")
struct PartnerPortalTests {
    @Test("a partner city sees its own enterprises, requests and material, never another city's; marks interest")
    func partnerCity() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["partner"]!
        let partner = Browser(cookie: session.cookie, csrf: session.csrf)
        let registry = try await harness.workspace.registry()
        let own = try #require(registry.partnerEnterprises.first { $0.partnerCityID.rawValue == "nuremberg" })
        let foreign = try #require(registry.partnerEnterprises.first { $0.partnerCityID.rawValue != "nuremberg" })
        let hidden = try #require(registry.enterprises.first { !$0.profileConsent })
        try await harness.test { client in
            let page = try await partner.get(client, "/partner")
            #expect(page.status == .ok)
            #expect(page.text.contains(PortalTests.htmlEscaped(own.name)))
            #expect(!page.text.contains(PortalTests.htmlEscaped(foreign.name)))
            #expect(!page.text.contains(PortalTests.htmlEscaped(hidden.legalName)))
            let range = try #require(
                page.text.range(of: #"/partner/material/[A-Za-z0-9._-]+\.html"#, options: .regularExpression))
            let link = String(page.text[range])
            #expect(link.contains("nuremberg"))
            let material = try await partner.get(client, link)
            #expect(material.status == .ok)
            #expect(material.text.contains("<html"))
            #expect(material.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            // Another city's file name, asked for by the Nuremberg account: not there.
            let other = link.replacingOccurrences(of: "nuremberg", with: foreign.partnerCityID.rawValue)
            #expect(try await partner.get(client, other).status == .notFound)

            let refused = try await partner.post(
                client, "/partner/interest", [("firm", hidden.id.rawValue), ("note", "We would like to meet them.")])
            #expect(refused.status == .unprocessableContent)
            let marked = try await partner.post(
                client, "/partner/interest", [("firm", "sme-codewawel"), ("note", "Looking for a Swift team.")])
            #expect(marked.status == .ok)
            #expect(marked.text.contains("Looking for a Swift team."))
            let sme = harness.sessions["sme"]!
            #expect(try await Browser(cookie: sme.cookie).get(client, "/partner").status == .forbidden)
        }
        let interests = try await harness.workspace.store.read({ try $0.interests(of: "nuremberg") })
        #expect(interests.map(\.enterpriseID) == ["sme-codewawel"])
        #expect(interests.first?.actor == "partner@example.org")
        #expect(
            try await harness.workspace.store.read({ try $0.interests(of: foreign.partnerCityID.rawValue) }).isEmpty)
    }
}

@Suite("Portal strings")
struct PortalStringsTests {
    @Test("every portal string has its Polish text; the pages show Polish when asked")
    func polish() async throws {
        #expect(PortalTestHooks.keysWithoutPolish.isEmpty, "\(PortalTestHooks.keysWithoutPolish)")
        let harness = try await DeskHarness.make()
        let session = harness.sessions["sme"]!
        let page = try await harness.test { client in
            try await Browser(cookie: "\(session.cookie); lang=pl").get(client, "/portal/profile")
        }
        #expect(page.status == .ok)
        #expect(page.text.contains("Twój profil do materiałów informacyjnych"))
    }
}
