import TwinLinkDomain

/// A firm's size class under Commission Recommendation 2003/361/EC, as the documents show it.
///
/// The regulations engine (TwinLinkAllocation) decides eligibility; documents only need the class
/// to print it and to leave large firms out of the information material, so this module keeps its
/// own small classification rather than depending on the engine.
enum EnterpriseSizeClass: String, CaseIterable, Sendable {
    case micro, small, medium, large

    var isSME: Bool { self != .large }

    /// Fixed-point scale: figures are summed in ten-thousandths so that pro-rata shares stay exact.
    private static let scale: Int64 = 10_000

    /// The class of `enterprise` with its partner enterprises (25–50 %, counted pro rata) and linked
    /// enterprises (over 50 %, counted in full); links of other firms are ignored. Staff must be
    /// below the ceiling; turnover **or** balance-sheet total must not exceed it.
    static func of(_ enterprise: LocalEnterprise, links: [EnterpriseLink]) -> EnterpriseSizeClass {
        var staff = Int64(enterprise.staffHeadcount) * scale
        var turnover = enterprise.annualTurnover.cents.multipliedReportingOverflow(by: scale)
        var balance = enterprise.balanceSheetTotal.cents.multipliedReportingOverflow(by: scale)
        for link in links where link.enterpriseID == enterprise.id {
            let share = link.relationship == .linked ? scale : Int64(link.shareBasisPoints)
            staff += Int64(link.staffHeadcount) * share
            turnover = add(turnover, link.annualTurnover.cents.multipliedReportingOverflow(by: share))
            balance = add(balance, link.balanceSheetTotal.cents.multipliedReportingOverflow(by: share))
        }
        let ceilings: [(EnterpriseSizeClass, staffBelow: Int64, turnover: Int64, balance: Int64)] = [
            (.micro, 10, 2_000_000_00, 2_000_000_00),
            (.small, 50, 10_000_000_00, 10_000_000_00),
            (.medium, 250, 50_000_000_00, 43_000_000_00),
        ]
        for ceiling in ceilings where staff < ceiling.staffBelow * scale {
            let turnoverFits = !turnover.overflow && turnover.partialValue <= ceiling.turnover * scale
            let balanceFits = !balance.overflow && balance.partialValue <= ceiling.balance * scale
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
}
