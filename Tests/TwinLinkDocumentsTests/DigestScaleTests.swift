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

    /// The fixtures scaled, with a meeting request from partners of another copy for every
    /// `spread`-th firm, so that firms share sectors but not requests, and some firms have more
    /// requested partners and events than a sector profile allows for.
    static func requesting(_ copies: Int) throws -> Registry {
        var registry = try scaled(copies)
        let upcoming = registry.events.filter {
            $0.visit != .none && $0.schedule.lastDay >= NurembergForumPack.preparedOn
        }
        for (number, firm) in registry.enterprises.enumerated() where number % 3 == 0 {
            let many = number % 2 == 0 ? SectorProfile.slack + 3 : 2
            for step in 0..<many {
                let partner = registry.partnerEnterprises[(number * 7 + step * 5) % registry.partnerEnterprises.count]
                let event = upcoming[(number + step) % upcoming.count]
                guard var request = registry.meetingRequests.first else { continue }
                request.id = Identifier(trusted: "req-test-\(number)-\(step)")
                request.enterpriseID = firm.id
                request.partnerEnterpriseID = partner.id
                request.eventID = event.id
                request.requestedBy = step % 3 == 0 ? .sme : .both
                registry.meetingRequests.append(request)
            }
        }
        return registry
    }

    @Test func theStrongestCounterpartsThroughASectorProfileAreTheFirstOfTheFullList() throws {
        let registry = try Self.requesting(4)
        let index = OpportunityIndex(registry: registry, activities: [], today: NurembergForumPack.preparedOn)
        var profiled = 0
        for enterprise in registry.enterprises {
            let requests = index.requestsByEnterprise[enterprise.id] ?? []
            let all = Counterpart.all(for: enterprise, in: index, requests: requests)
            for limit in [1, 5, OpportunityDigestBuilder.partnerLimit] {
                let strongest = Counterpart.strongest(limit, for: enterprise, in: index, requests: requests)
                #expect(strongest.shown.map(\.partner.id) == all.prefix(limit).map(\.partner.id), "\(enterprise.id)")
                #expect(strongest.shown.map(\.score) == all.prefix(limit).map(\.score))
                #expect(strongest.total == all.count, "\(enterprise.id)")
            }
            if Set(requests.map(\.partnerEnterpriseID)).count <= SectorProfile.slack { profiled += 1 }
        }
        #expect(profiled > 0 && profiled < registry.enterprises.count)
    }

    @Test func theEventsShownThroughASectorProfileAreThoseOfWeighingEveryEvent() throws {
        let registry = try Self.requesting(4)
        let index = OpportunityIndex(registry: registry, activities: [], today: NurembergForumPack.preparedOn)
        var listed = 0
        for enterprise in registry.enterprises {
            let input = try OpportunityDigestInput(registry: registry, index: index, enterprise: enterprise.id)
            let builder = OpportunityDigestBuilder(input: input)
            let requests = input.meetingRequests.filter { index.upcomingIDs.contains($0.eventID) }
            let profiled = builder.shownEvents(index: index, requests: requests)
            let weighed = builder.shownEvents(index: index, requests: requests, throughProfile: false)
            #expect(profiled.matching.map(\.id) == weighed.matching.map(\.id), "\(enterprise.id)")
            #expect(profiled.others.map(\.id) == weighed.others.map(\.id), "\(enterprise.id)")
            #expect(profiled.matchingCount == weighed.matchingCount, "\(enterprise.id)")
            #expect(profiled.otherCount == weighed.otherCount, "\(enterprise.id)")
            listed += weighed.matching.count
        }
        #expect(listed > 0)
    }
}
