import Testing
import TwinLinkDomain

@testable import TwinLinkDocuments

/// Sector matches at class, group, division and section level, and counterparts with their reasons.
@Suite struct MatchingTests {
    static func code(_ text: String) -> NACECode { NACECode(rawValue: text)! }

    @Test(arguments: [
        ("62.01", "62.01", SectorMatchLevel.class, "62.01"), ("62.01", "62.02", .group, "62.0"),
        ("62.01", "62", .division, "62"), ("28.99", "28.41", .division, "28"), ("10.82", "10.89", .group, "10.8"),
        ("28.99", "27.12", .section, "C"), ("62.01", "J", .section, "J"),
    ])
    func codesMatchAtTheFinestLevelTheyShare(ours: String, theirs: String, level: SectorMatchLevel, shared: String) {
        let match = SectorMatch(Self.code(ours), Self.code(theirs))
        #expect(match?.level == level)
        #expect(match?.shared.rawValue == shared)
    }

    @Test func codesOfDifferentSectionsDoNotMatch() {
        #expect(SectorMatch(Self.code("62.01"), Self.code("28.99")) == nil)
    }

    @Test func aSharedSectionAloneIsNoReason() {
        #expect(!SectorMatchLevel.section.isReason)
        #expect(SectorMatch.all([Self.code("28.99")], [Self.code("27.12")]).isEmpty)
        #expect(SectorMatch.all([Self.code("28.99")], [Self.code("28")]).map(\.level) == [.division])
    }

    @Test func counterpartsAreOrderedByRequestsThenSectorFit() throws {
        let input = try NurembergForumPack.input()
        let pakmasz = try #require(input.delegation.first { $0.enterprise.id.rawValue == "sme-pakmasz" })
        let counterparts = Counterpart.all(
            for: pakmasz.enterprise, among: input.partnerEnterprises, requests: input.meetingRequests)
        // Frankenmetall: mutual request of weight 3 and a class match; the export network: PakMasz's request of weight 1.
        #expect(counterparts.map(\.partner.id.rawValue).prefix(2) == ["pent-frankenmetall", "pent-mfr-export"])
        let frankenmetall = counterparts[0]
        #expect(frankenmetall.requests.map(\.requestedBy) == [.both])
        #expect(frankenmetall.interest?.level == .class)
        #expect(frankenmetall.sameSector?.shared.rawValue == "28")
    }
}
