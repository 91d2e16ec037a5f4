import TwinLinkDomain

/// A firm's size class under Commission Recommendation 2003/361/EC, as the report groups firms.
///
/// The regulations engine (TwinLinkAllocation) decides eligibility; the report only groups firms,
/// so this module keeps its own small classification rather than depending on the engine.
/// Partner enterprises (25–50 %) count in proportion to the share, linked ones (over 50 %) in
/// full; staff must be below the ceiling and turnover **or** balance-sheet total not above it.
public enum FirmSizeClass: String, Hashable, Comparable, Sendable, CaseIterable {
    case micro, small, medium, large

    /// Figures are summed in ten-thousandths so that pro-rata shares (in basis points) stay exact.
    private static let scale: Int64 = 10_000

    private static let ceilings: [(FirmSizeClass, staffBelow: Int64, turnoverCents: Int64, balanceCents: Int64)] = [
        (.micro, 10, 2_000_000_00, 2_000_000_00),
        (.small, 50, 10_000_000_00, 10_000_000_00),
        (.medium, 250, 50_000_000_00, 43_000_000_00),
    ]

    /// The class of `firm` with those of `links` that belong to it.
    public static func of(_ firm: LocalEnterprise, links: [EnterpriseLink]) -> FirmSizeClass {
        var staff = Int64(firm.staffHeadcount) * scale
        var turnover = firm.annualTurnover.cents.multipliedReportingOverflow(by: scale)
        var balance = firm.balanceSheetTotal.cents.multipliedReportingOverflow(by: scale)
        for link in links where link.enterpriseID == firm.id {
            let share = link.relationship == .linked ? scale : Int64(link.shareBasisPoints)
            staff += Int64(link.staffHeadcount) * share
            turnover = add(turnover, link.annualTurnover.cents.multipliedReportingOverflow(by: share))
            balance = add(balance, link.balanceSheetTotal.cents.multipliedReportingOverflow(by: share))
        }
        for ceiling in ceilings where staff < ceiling.staffBelow * scale {
            let turnoverFits = !turnover.overflow && turnover.partialValue <= ceiling.turnoverCents * scale
            let balanceFits = !balance.overflow && balance.partialValue <= ceiling.balanceCents * scale
            if turnoverFits || balanceFits { return ceiling.0 }
        }
        return .large
    }

    private static func add(
        _ lhs: (partialValue: Int64, overflow: Bool), _ rhs: (partialValue: Int64, overflow: Bool)
    ) -> (partialValue: Int64, overflow: Bool) {
        let sum = lhs.partialValue.addingReportingOverflow(rhs.partialValue)
        return (sum.partialValue, lhs.overflow || rhs.overflow || sum.overflow)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
