import Testing
import TwinLinkAllocation
import TwinLinkDomain

/// The size classes of Commission Recommendation 2003/361/EC at and around every ceiling:
/// staff fewer than 10 / 50 / 250, and turnover or balance sheet at most EUR 2 / 10 / 50 (43) million.
@Suite("SME status under Recommendation 2003/361/EC")
struct SMEStatusTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let label: String
        let staff: Int
        let turnover: Int64
        let balance: Int64
        let links: [EnterpriseLink]
        let expected: SizeClass

        init(
            _ label: String, staff: Int, turnover: Int64, balance: Int64, links: [EnterpriseLink] = [],
            _ expected: SizeClass
        ) {
            self.label = label
            self.staff = staff
            self.turnover = turnover
            self.balance = balance
            self.links = links
            self.expected = expected
        }

        var testDescription: String { "\(label) → \(expected)" }
    }

    static let million: Int64 = 1_000_000_00
    static let cent: Int64 = 1

    static let ownFigures: [Case] = [
        Case("sole trader with no staff", staff: 0, turnover: 85_000_00, balance: 40_000_00, .micro),
        Case("9 staff, both at 2 M", staff: 9, turnover: 2 * million, balance: 2 * million, .micro),
        Case(
            "9 staff, turnover 1 cent over 2 M, balance at 2 M", staff: 9, turnover: 2 * million + cent,
            balance: 2 * million, .micro),
        Case("9 staff, turnover at 2 M, balance over", staff: 9, turnover: 2 * million, balance: 2_400_000_00, .micro),
        Case(
            "9 staff, both 1 cent over 2 M", staff: 9, turnover: 2 * million + cent, balance: 2 * million + cent,
            .small),
        Case("exactly 10 staff", staff: 10, turnover: 1_800_000_00, balance: 1_200_000_00, .small),
        Case("49 staff, turnover at 10 M", staff: 49, turnover: 10 * million, balance: 11_500_000_00, .small),
        Case("49 staff, balance at 10 M", staff: 49, turnover: 12 * million, balance: 10 * million, .small),
        Case(
            "30 staff, both 1 cent over 10 M", staff: 30, turnover: 10 * million + cent,
            balance: 10 * million + cent, .medium),
        Case("exactly 50 staff", staff: 50, turnover: 9 * million, balance: 7 * million, .medium),
        Case("249 staff, turnover at 50 M", staff: 249, turnover: 50 * million, balance: 47 * million, .medium),
        Case(
            "249 staff, turnover over 50 M, balance at 43 M", staff: 249, turnover: 61 * million,
            balance: 43 * million, .medium),
        Case(
            "249 staff, turnover 1 cent over 50 M, balance 1 cent over 43 M", staff: 249,
            turnover: 50 * million + cent, balance: 43 * million + cent, .large),
        Case(
            "249 staff, turnover at 50 M, balance over 43 M", staff: 249, turnover: 50 * million,
            balance: 44 * million, .medium),
        Case("exactly 250 staff, small figures", staff: 250, turnover: 38 * million, balance: 29 * million, .large),
        Case("320 staff", staff: 320, turnover: 68 * million, balance: 51 * million, .large),
    ]

    static let withLinks: [Case] = [
        Case(
            "7 staff + partner 40 % of 12 = 11.8", staff: 7, turnover: 1_600_000_00, balance: 1_200_000_00,
            links: [
                Build.link(
                    "sme-test", .partner, basisPoints: 4000, staff: 12, turnoverCents: 3 * million,
                    balanceCents: 2_100_000_00)
            ], .small),
        Case(
            "8 staff + partner 25 % of 10 = 10.5", staff: 8, turnover: 900_000_00, balance: 600_000_00,
            links: [Build.link("sme-test", .partner, basisPoints: 2500, staff: 10)], .small),
        Case(
            "9 staff + partner 50 % of 4 = 11", staff: 9, turnover: 800_000_00, balance: 500_000_00,
            links: [Build.link("sme-test", .partner, basisPoints: 5000, staff: 4)], .small),
        Case(
            "3 staff + partner 30.5 % of 5 = 4.525", staff: 3, turnover: 240_000_00, balance: 310_000_00,
            links: [Build.link("sme-test", .partner, basisPoints: 3050, staff: 5)], .micro),
        Case(
            "9 staff + partner 25 % of 3 = 9.75", staff: 9, turnover: 100_000_00, balance: 100_000_00,
            links: [Build.link("sme-test", .partner, basisPoints: 2500, staff: 3)], .micro),
        Case(
            "8 staff + partner 40 % of 5 = exactly 10", staff: 8, turnover: 100_000_00, balance: 100_000_00,
            links: [Build.link("sme-test", .partner, basisPoints: 4000, staff: 5)], .small),
        Case(
            "turnover 1.5 M + partner 50 % of 1 M = exactly 2 M", staff: 5, turnover: 1_500_000_00,
            balance: 3 * million,
            links: [
                Build.link(
                    "sme-test", .partner, basisPoints: 5000, staff: 0,
                    turnoverCents: 1 * million, balanceCents: 0)
            ], .micro),
        Case(
            "turnover 1.5 M + partner 50 % of 1 M + 2 cents", staff: 5, turnover: 1_500_000_00,
            balance: 3 * million,
            links: [
                Build.link(
                    "sme-test", .partner, basisPoints: 5000, staff: 0,
                    turnoverCents: 1 * million + 2 * cent, balanceCents: 0)
            ], .small),
        Case(
            "38 staff + linked 75 % of 1 850 counted in full", staff: 38, turnover: 6_400_000_00,
            balance: 4_100_000_00,
            links: [
                Build.link(
                    "sme-test", .linked, basisPoints: 7500, staff: 1850,
                    turnoverCents: 410 * million, balanceCents: 385 * million)
            ], .large),
        Case(
            "140 staff + linked 50.01 % of 35 counted in full", staff: 140, turnover: 21 * million,
            balance: 14_500_000_00,
            links: [
                Build.link(
                    "sme-test", .linked, basisPoints: 5001, staff: 35,
                    turnoverCents: 2_300_000_00, balanceCents: 1_100_000_00)
            ], .medium),
        Case(
            "22 staff + linked 100 % with a balance of 412 500.50", staff: 22, turnover: 3_100_000_00,
            balance: 2_200_000_00,
            links: [
                Build.link(
                    "sme-test", .linked, basisPoints: 10000, staff: 6,
                    turnoverCents: 700_000_00, balanceCents: 412_500_50)
            ], .small),
        Case(
            "linked firm pushes 200 staff over 250", staff: 200, turnover: 10 * million, balance: 10 * million,
            links: [Build.link("sme-test", .linked, basisPoints: 6000, staff: 50)], .large),
        Case(
            "200 staff + partner 50 % of 99 = 249.5 staff", staff: 200,
            turnover: 10 * million, balance: 10 * million,
            links: [Build.link("sme-test", .partner, basisPoints: 5000, staff: 99)], .medium),
    ]

    @Test("own figures", arguments: ownFigures)
    func own(_ example: Case) {
        check(example)
    }

    @Test("partner enterprises pro rata, linked enterprises in full", arguments: withLinks)
    func links(_ example: Case) {
        check(example)
    }

    private func check(_ example: Case) {
        let firm = Build.firm(
            "sme-test", staff: example.staff, turnoverCents: example.turnover, balanceCents: example.balance)
        let size = EnterpriseSize.assess(firm, links: example.links)
        #expect(size.sizeClass == example.expected, "\(example.label): \(size.figuresText)")
        #expect(size.countsLinks == !example.links.isEmpty)
    }

    @Test("aggregated figures are exact and printed as a person reads them")
    func figuresText() {
        let firm = Build.firm("sme-test", staff: 7, turnoverCents: 1_600_000_00, balanceCents: 1_200_000_00)
        let size = EnterpriseSize.assess(
            firm,
            links: [
                Build.link(
                    "sme-test", .partner, basisPoints: 4000, staff: 12, turnoverCents: 3 * Self.million,
                    balanceCents: 2_100_000_00)
            ])
        #expect(size.figuresText == "11.8 staff, turnover 2 800 000.00 EUR, balance sheet 2 040 000.00 EUR")
        #expect(size.figures.staff == 118_000)
    }

    @Test("links of other firms are ignored")
    func otherFirmsLinks() {
        let firm = Build.firm("sme-test", staff: 5)
        let size = EnterpriseSize.assess(
            firm, links: [Build.link("sme-other", .linked, basisPoints: 10000, staff: 900)])
        #expect(size.sizeClass == .micro)
        #expect(!size.countsLinks)
    }
}
