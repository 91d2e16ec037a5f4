import Foundation
import Testing
import TwinLinkDomain

@testable import TwinLinkDocuments

/// At the size of a real programme a digest stays bounded: the best matching events and partners
/// first, a count of the rest; and the run's index finds the same counterparts as a scan of every
/// partner enterprise.
@Suite struct DigestScaleTests {
    /// The fixtures with `copies` extra copies of every event and partner enterprise.
    static func scaled(_ copies: Int) throws -> Registry {
        var registry = try NurembergForumPack.registry()
        let events = registry.events
        let partners = registry.partnerEnterprises
        for copy in 1...copies {
            registry.events += events.map { event in
                var copied = event
                copied.id = Identifier(trusted: "\(event.id.rawValue)-x\(copy)")
                copied.name = "\(event.name) (\(copy))"
                return copied
            }
            registry.partnerEnterprises += partners.map { partner in
                var copied = partner
                copied.id = Identifier(trusted: "\(partner.id.rawValue)-x\(copy)")
                return copied
            }
        }
        return registry
    }

    @Test func aDigestListsTheBestMatchesFirstAndCountsTheRest() throws {
        let registry = try Self.scaled(3)
        let index = OpportunityIndex(registry: registry, activities: [], today: NurembergForumPack.preparedOn)
        let document = try DocumentRenderer().opportunityDigest(
            try OpportunityDigestInput(
                registry: registry, index: index, enterprise: Identifier(trusted: "sme-codewawel")),
            options: DocumentOptions(language: .english))
        let markdown = document.markdown
        let matching = try #require(markdown.range(of: "## Partner enterprises"))
        let eventSections = markdown[..<matching.lowerBound].components(separatedBy: "\n### ").count - 1
        #expect(eventSections == OpportunityDigestBuilder.eventLimit)
        #expect(markdown.contains(" more matching events; ask us for the full list."))
        #expect(markdown.contains(" more matching partner enterprises; ask us for the full list."))
    }

    @Test func theIndexFindsTheCounterpartsAScanOfEveryPartnerFinds() throws {
        let registry = try Self.scaled(2)
        let index = OpportunityIndex(registry: registry, activities: [], today: NurembergForumPack.preparedOn)
        for enterprise in registry.enterprises {
            let requests = registry.meetingRequests.filter { $0.enterpriseID == enterprise.id }
            let scanned = Counterpart.all(for: enterprise, among: registry.partnerEnterprises, requests: requests)
            let indexed = Counterpart.all(for: enterprise, in: index, requests: requests)
            #expect(indexed.map(\.partner.id) == scanned.map(\.partner.id))
            #expect(indexed.map(\.score) == scanned.map(\.score))
        }
    }
}
