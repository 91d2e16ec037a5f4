/// Staff headcount, annual turnover and balance-sheet total, each multiplied by `scale` (10 000)
/// so that partner enterprises' figures, counted in proportion to a share given in basis points
/// (2550 = 25.50 %), add up exactly. Money is in euro cents before scaling.
public struct EnterpriseFigures: Hashable, Sendable, Codable {
    /// 100 % in basis points: a figure counted in full is multiplied by this.
    public static let scale: Int64 = 10_000

    public var staff: Int64
    public var turnover: Int64
    public var balanceSheet: Int64

    public init(staff: Int64, turnover: Int64, balanceSheet: Int64) {
        self.staff = staff
        self.turnover = turnover
        self.balanceSheet = balanceSheet
    }

    /// A firm's own figures, counted in full.
    public init(staffHeadcount: Int, turnoverCents: Int64, balanceSheetCents: Int64) {
        self.init(
            staff: Int64(staffHeadcount).scaled(by: Self.scale), turnover: turnoverCents.scaled(by: Self.scale),
            balanceSheet: balanceSheetCents.scaled(by: Self.scale))
    }

    /// Another enterprise's figures counted at `shareBasisPoints` (10 000 = in full).
    public init(staffHeadcount: Int, turnoverCents: Int64, balanceSheetCents: Int64, shareBasisPoints: Int) {
        let share = Int64(shareBasisPoints)
        self.init(
            staff: Int64(staffHeadcount).scaled(by: share), turnover: turnoverCents.scaled(by: share),
            balanceSheet: balanceSheetCents.scaled(by: share))
    }

    /// Two sets of figures added up, as the Recommendation adds a partner or linked enterprise.
    public static func + (lhs: Self, rhs: Self) -> Self {
        Self(
            staff: lhs.staff.addingSaturated(rhs.staff), turnover: lhs.turnover.addingSaturated(rhs.turnover),
            balanceSheet: lhs.balanceSheet.addingSaturated(rhs.balanceSheet))
    }

    /// `11.8`: the headcount with as many decimals as it needs.
    public var staffText: String { Self.decimal(staff, places: 4) }

    private static func decimal(_ scaled: Int64, places: Int) -> String {
        let whole = scaled / scale
        if scaled % scale == 0 { return String(whole) }
        var fraction = String(scaled % scale)
        fraction = String(repeating: "0", count: places - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
    }
}

extension Int64 {
    /// `self × factor`, saturating at `Int64.max` for absurd inputs instead of trapping.
    fileprivate func scaled(by factor: Int64) -> Int64 {
        let (product, overflow) = multipliedReportingOverflow(by: factor)
        return overflow ? .max : product
    }

    fileprivate func addingSaturated(_ other: Int64) -> Int64 {
        let (sum, overflow) = addingReportingOverflow(other)
        return overflow ? .max : sum
    }
}
