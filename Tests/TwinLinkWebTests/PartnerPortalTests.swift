import Foundation
import HTTPTypes
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
        #expect(page.text.contains("Profil Państwa firmy do materiałów informacyjnych"))
    }
}

@Suite("Partner-city portal meetings")
struct PartnerMeetingTests {
    @Test("a partner city answers a firm's request to its enterprise and requests one; never another city's")
    func meetings() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["partner"]!
        let partner = Browser(cookie: session.cookie, csrf: session.csrf)
        let registry = try await harness.workspace.registry()
        let nuremberg = Set(registry.partnerEnterprises.filter { $0.partnerCityID.rawValue == "nuremberg" }.map(\.id))
        let foreign = try #require(
            registry.meetingRequests.first { !nuremberg.contains($0.partnerEnterpriseID) && $0.requestedBy == .sme })
        let requested = Set(
            registry.meetingRequests.filter {
                $0.enterpriseID.rawValue == "sme-codewawel" && $0.eventID.rawValue == "ev-2027-05-nuremberg-forum"
            }.map(\.partnerEnterpriseID))
        let candidates = registry.partnerEnterprises.filter { enterprise in
            enterprise.partnerCityID.rawValue == "nuremberg" && !requested.contains(enterprise.id)
        }
        let other = try #require(candidates.first)
        try await harness.test { client in
            let page = try await partner.get(client, "/partner")
            #expect(page.text.contains("action=\"/partner/meetings/mr-0144/answer\""))
            #expect(page.text.contains("id=\"partner-meeting-form\""))
            let accepted = try await partner.post(client, "/partner/meetings/mr-0144/answer", [("accept", "yes")])
            #expect(accepted.status == .ok)
            let tampered = try await partner.post(
                client, "/partner/meetings/\(foreign.id.rawValue)/answer", [("accept", "no")])
            #expect(tampered.status == .notFound)
            let refused = try await partner.post(
                client, "/partner/meetings",
                [
                    ("event", "ev-2027-05-nuremberg-forum"), ("partner", "pent-genesee-photonics"),
                    ("firm", "sme-codewawel"),
                ])
            #expect(refused.status == .unprocessableContent)
            let made = try await partner.post(
                client, "/partner/meetings",
                [
                    ("event", "ev-2027-05-nuremberg-forum"), ("partner", other.id.rawValue), ("firm", "sme-codewawel"),
                    ("note", "Our buyers want to meet you."),
                ])
            #expect(made.status == .ok)
            // The firm sees it on its portal, waiting for its answer.
            let firm = try await PortalTests.sme(harness).get(client, "/portal/meetings")
            #expect(firm.text.contains("action=\"/portal/meetings/mr-web-0001/answer\""))
            // The answer is the firm's choice (a real select, without JavaScript), not a fixed "yes".
            #expect(firm.text.contains("<select name=\"accept\" aria-label="))
            #expect(firm.text.contains("<option value=\"no\">"))
        }
        let after = try await harness.workspace.registry()
        #expect(after.meetingRequests.first { $0.id.rawValue == "mr-0144" }?.requestedBy == .both)
        #expect(after.meetingRequests.first { $0.id == foreign.id } == foreign)
        let created = try #require(after.meetingRequests.first { $0.id.rawValue == "mr-web-0001" })
        #expect(created.requestedBy == .partner)
        #expect(created.partnerEnterpriseID == other.id)
    }
}

@Suite("Contacts in the information material")
struct MaterialContactTests {
    @Test("a firm that withdraws its consent to share contacts loses its contact person in the partners' material")
    func withdrawnContacts() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["partner"]!
        let partner = Browser(cookie: session.cookie, csrf: session.csrf)
        let registry = try await harness.workspace.registry()
        let firm = try #require(registry.enterprises.first { $0.id.rawValue == "sme-codewawel" })
        let contact = try #require(registry.people.first { $0.id == firm.contactPersonID })
        let other = try #require(
            registry.enterprises.first {
                $0.profileConsent && $0.id != firm.id && $0.contactPersonID != firm.contactPersonID
            })
        let otherContact = try #require(registry.people.first { $0.id == other.contactPersonID })
        try #require(firm.profileConsent)
        try await harness.test { client in
            func material() async throws -> String {
                let page = try await partner.get(client, "/partner")
                let range = try #require(
                    page.text.range(of: #"/partner/material/[A-Za-z0-9._-]+\.html"#, options: .regularExpression))
                return try await partner.get(client, String(page.text[range])).text
            }
            let before = try await material()
            #expect(before.contains(contact.email.rawValue))
            let withdrawn = try await PortalTests.sme(harness).post(
                client, "/portal/consents", [("kind", "contacts"), ("given", "no")])
            #expect(withdrawn.status == .ok)
            let after = try await material()
            #expect(!after.contains(contact.email.rawValue))
            #expect(after.contains(PortalTests.htmlEscaped(firm.legalName)))
            #expect(after.contains(otherContact.email.rawValue))
        }
    }
}

@Suite("Distributors")
struct DistributorTests {
    @Test("a distributor reads every city's material and nothing else of the programme")
    func distributor() async throws {
        let harness = try await DeskHarness.make()
        let store = AccountStore(harness.workspace.store)
        let account = try await store.addAccount(
            email: "chamber@example.org", role: .distributor, organisationID: nil, passwordHash: nil, actor: "test",
            at: Date())
        let id = UUID().uuidString + UUID().uuidString
        try await store.createSession(
            idHash: sha256Hex(id), accountID: account.id, csrfToken: "csrf-distributor", at: Date(),
            expiresAt: Date().addingTimeInterval(3600))
        let distributor = Browser(cookie: "tl_session=\(id)", csrf: "csrf-distributor")
        let hidden = try #require(try await harness.workspace.registry().enterprises.first { !$0.profileConsent })
        try await harness.test { client in
            let page = try await distributor.get(client, "/material")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"material-nuremberg\""))
            let range = try #require(
                page.text.range(of: #"/material/nuremberg/[A-Za-z0-9._-]+\.html"#, options: .regularExpression))
            let material = try await distributor.get(client, String(page.text[range]))
            #expect(material.status == .ok)
            #expect(!material.text.contains(PortalTests.htmlEscaped(hidden.legalName)))
            // No firm's contact person: the regulations do not entitle a distributor to them.
            let registry = try await harness.workspace.registry()
            let listed = registry.enterprises.filter(\.profileConsent)
            let contacts = registry.people.filter { person in listed.contains { $0.contactPersonID == person.id } }
            #expect(!contacts.isEmpty)
            for person in contacts {
                #expect(!material.text.contains(person.email.rawValue), "\(person.email.rawValue)")
            }
            for path in ["/", "/registry/smes", "/portal", "/partner", "/portal/my-data"] {
                #expect(try await distributor.get(client, path).status == .forbidden, "\(path)")
            }
            #expect(try await PortalTests.sme(harness).get(client, "/material").status == .forbidden)
        }
    }
}
