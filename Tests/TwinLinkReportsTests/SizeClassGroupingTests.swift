import Testing
import TwinLinkDomain
import TwinLinkReports

/// The size-class boundaries of Commission Recommendation 2003/361/EC, as the fixtures' README
/// lists them, with partner (pro rata) and linked (in full) enterprises.
@Suite("EU SME size classes")
struct SizeClassTests {
    static func firm(staff: Int, turnover: Int64, balance: Int64) -> LocalEnterprise {
        var firm = ReportScenario.firm("sme-t", staff: staff, turnover: 0, sector: "62.01", contact: "p-t")
        firm.annualTurnover = .euros(turnover)
        firm.balanceSheetTotal = .euros(balance)
        return firm
    }

    static func link(_ relationship: EnterpriseLink.Relationship, share: Int, staff: Int, cents: Int64 = 0)
        -> EnterpriseLink
    {
        EnterpriseLink(
            id: Identifier(trusted: "link-t"), enterpriseID: Identifier(trusted: "sme-t"), name: "Other",
            relationship: relationship, shareBasisPoints: share, staffHeadcount: staff, annualTurnover: .euros(cents),
            balanceSheetTotal: .euros(cents))
    }

    @Test(
        "own figures",
        arguments: [
            (0, 85_000_00, 40_000_00, SizeClass.micro),
            (9, 2_000_000_00, 2_400_000_00, .micro),  // turnover at the ceiling
            (9, 2_600_000_00, 1_999_999_99, .micro),  // through the balance sheet
            (10, 1_800_000_00, 1_200_000_00, .small),
            (49, 10_000_000_00, 11_500_000_00, .small),
            (50, 9_000_000_00, 7_000_000_00, .medium),
            (30, 10_000_000_01, 10_000_000_01, .medium),  // one cent over both small ceilings
            (249, 50_000_000_00, 47_000_000_00, .medium),
            (210, 61_000_000_00, 43_000_000_00, .medium),  // through the balance sheet
            (250, 38_000_000_00, 29_000_000_00, .large),
            (100, 50_000_000_01, 43_000_000_01, .large),
        ])
    func own(staff: Int, turnover: Int64, balance: Int64, expected: SizeClass) {
        #expect(
            EnterpriseSize.assess(Self.firm(staff: staff, turnover: turnover, balance: balance), links: []).sizeClass
                == expected)
    }

    @Test(
        "with partner and linked enterprises",
        arguments: [
            (7, link(.partner, share: 4000, staff: 12), SizeClass.small),  // 7 + 4.8 = 11.8
            (8, link(.partner, share: 2500, staff: 7), .micro),  // 8 + 1.75 = 9.75
            (9, link(.partner, share: 5000, staff: 2), .small),  // 9 + 1 = 10
            (40, link(.linked, share: 5001, staff: 10), .medium),  // linked count in full: 50
            (5, link(.linked, share: 10_000, staff: 1, cents: 60_000_000_00), .large),  // 61 M, balance too
        ])
    func linked(staff: Int, link: EnterpriseLink, expected: SizeClass) {
        let firm = Self.firm(staff: staff, turnover: 1_000_000_00, balance: 1_000_000_00)
        #expect(EnterpriseSize.assess(firm, links: [link]).sizeClass == expected)
    }

    @Test("another firm's links do not count")
    func otherFirmsLinks() {
        var other = Self.link(.linked, share: 10_000, staff: 500)
        other.enterpriseID = Identifier(trusted: "sme-other")
        #expect(EnterpriseSize.assess(Self.firm(staff: 3, turnover: 1, balance: 1), links: [other]).sizeClass == .micro)
    }
}
