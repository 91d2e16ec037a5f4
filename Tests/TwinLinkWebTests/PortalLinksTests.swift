import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkTestSupport
import TwinLinkWeb

/// The EU SME declaration's partner and linked enterprises, kept by the firm on its profile.
@Suite("SME portal: partner and linked enterprises")
struct PortalLinksTests {
    static func size(_ harness: DeskHarness) async throws -> SizeClass {
        let registry = try await harness.workspace.registry()
        let firm = try #require(registry.enterprises.first { $0.id.rawValue == "sme-codewawel" })
        return PortalEligibility.assess(firm, in: registry).size.sizeClass
    }

    @Test("a link is refused with the import's message at the field, added (the size class follows), removed")
    func links() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["sme"]!
        let sme = Browser(cookie: session.cookie, csrf: session.csrf)
        let before = try await harness.workspace.registry()
        #expect(try await Self.size(harness) == .small)  // 49 staff
        let foreign = try #require(before.enterpriseLinks.first { $0.enterpriseID.rawValue != "sme-codewawel" })
        let fields: [(String, String)] = [
            ("name", "Wawel Cloud s.r.o."), ("relationship", "partner"), ("share_percent", "70"),
            ("staff_headcount", "40"), ("annual_turnover_eur", "2000000"), ("balance_sheet_total_eur", "1500000"),
        ]
        let (refused, added, page) = try await harness.test { client in
            let refused = try await sme.post(client, "/portal/profile/links", fields)
            let added = try await sme.post(
                client, "/portal/profile/links", fields.map { $0.0 == "share_percent" ? ($0.0, "30") : $0 })
            return (refused, added, try await sme.get(client, "/portal/profile"))
        }
        #expect(refused.status == .unprocessableContent)
        #expect(refused.text.contains("enterprise_links.csv:\(before.enterpriseLinks.count + 2): field"))
        #expect(refused.text.contains("aria-invalid=\"true\""))
        #expect(added.status == .ok)
        #expect(page.text.contains("Wawel Cloud"))
        let after = try await harness.workspace.registry()
        let link = try #require(after.enterpriseLinks.first { $0.name == "Wawel Cloud s.r.o." })
        #expect(link.enterpriseID.rawValue == "sme-codewawel" && link.shareBasisPoints == 3000)
        // 49 + 30 % of 40 = 61 staff: no longer small.
        #expect(try await Self.size(harness) == .medium)
        let changes = try await harness.workspace.store.read({ try $0.profileChanges(of: "sme-codewawel") })
        #expect(changes.last?.fields == ["enterprise_links"])

        let (probe, removed) = try await harness.test { client in
            let probe = try await sme.post(
                client, "/portal/profile/links", [("id", foreign.id.rawValue), ("action", "remove")])
            let removed = try await sme.post(
                client, "/portal/profile/links", [("id", link.id.rawValue), ("action", "remove")])
            return (probe.status, removed.status)
        }
        #expect(probe == .notFound)
        #expect(removed == .ok)
        let final = try await harness.workspace.registry()
        #expect(!final.enterpriseLinks.contains { $0.id == link.id })
        #expect(final.enterpriseLinks.contains { $0 == foreign })
        #expect(try await Self.size(harness) == .small)
    }

    @Test("a change is marked for the next material only once the firm is in an issued one; a new issue clears it")
    func publishedMaterial() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["sme"]!
        let sme = Browser(cookie: session.cookie, csrf: session.csrf)
        let link: [(String, String)] = [
            ("name", "Wawel Cloud s.r.o."), ("relationship", "partner"), ("share_percent", "30"),
            ("staff_headcount", "1"), ("annual_turnover_eur", "20000"), ("balance_sheet_total_eur", "15000"),
        ]
        let changes = { @Sendable () async throws -> [PortalProfileChange] in
            try await harness.workspace.store.read({ try $0.profileChanges(of: "sme-codewawel") })
        }
        let issue = { @Sendable () async throws in
            _ = try await WriteDocuments.informationMaterial(
                workspace: harness.workspace,
                output: OutputFolder(harness.folder.appendingPathComponent("material").path), now: Date())
        }
        // The firm contributed its profile, but no material was issued yet: nothing to re-issue.
        let first = try await harness.test { client in try await sme.post(client, "/portal/profile/links", link) }
        #expect(first.status == .ok)
        #expect(try await changes().map(\.forNextMaterial) == [false])
        // A page view of the material (the partner portal) is not an issue.
        let partner = harness.sessions["partner"]!
        _ = try await harness.test { client in
            try await Browser(cookie: partner.cookie).get(client, "/partner")
        }
        #expect(
            try await harness.workspace.store.read({ try $0.lastMaterialIssue(listing: "sme-codewawel") }) == nil)
        try await issue()
        #expect(
            try await harness.workspace.store.read({ try $0.lastMaterialIssue(listing: "sme-codewawel") }) != nil)
        let second = try await harness.test { client in
            try await sme.post(
                client, "/portal/profile/links", link.map { $0.0 == "name" ? ($0.0, "Kazimierz Cloud s.r.o.") : $0 })
        }
        #expect(second.status == .ok)
        #expect(try await changes().map(\.forNextMaterial) == [false, true])
        let page = try await harness.test { client in try await sme.get(client, "/portal/profile") }
        #expect(page.text.contains("Kazimierz Cloud"))
        // The next issue carries the change: it waits no more.
        try await issue()
        #expect(try await changes().map(\.forNextMaterial) == [false, false])
    }
}
