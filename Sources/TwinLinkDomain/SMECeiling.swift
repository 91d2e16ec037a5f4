/// The ceilings of Article 2 of the Annex to Commission Recommendation 2003/361/EC: a class's
/// staff headcount must be below `staffBelow`, and its annual turnover **or** its balance-sheet
/// total must not exceed the class's amount (the firm chooses the more favourable).
public struct SMECeiling: Hashable, Sendable {
    public let sizeClass: SizeClass
    /// Staff headcount in annual work units: fewer than this.
    public let staffBelow: Int
    /// Annual turnover in euro cents: at most this.
    public let turnoverAtMostCents: Int64
    /// Balance-sheet total in euro cents: at most this.
    public let balanceSheetAtMostCents: Int64

    /// Fewer than 10 staff; turnover or balance sheet at most EUR 2 million.
    public static let micro = SMECeiling(
        sizeClass: .micro, staffBelow: 10, turnoverAtMostCents: 2_000_000_00, balanceSheetAtMostCents: 2_000_000_00)
    /// Fewer than 50 staff; turnover or balance sheet at most EUR 10 million.
    public static let small = SMECeiling(
        sizeClass: .small, staffBelow: 50, turnoverAtMostCents: 10_000_000_00,
        balanceSheetAtMostCents: 10_000_000_00)
    /// Fewer than 250 staff; turnover at most EUR 50 million or balance sheet at most EUR 43 million.
    public static let medium = SMECeiling(
        sizeClass: .medium, staffBelow: 250, turnoverAtMostCents: 50_000_000_00,
        balanceSheetAtMostCents: 43_000_000_00)

    /// From the smallest class up: the first one whose ceilings a firm meets is its class.
    public static let ascending: [SMECeiling] = [.micro, .small, .medium]

    /// Whether figures scaled by `EnterpriseFigures.scale` fit under this ceiling.
    public func admits(_ figures: EnterpriseFigures) -> Bool {
        let scale = EnterpriseFigures.scale
        return figures.staff < Int64(staffBelow) * scale
            && (figures.turnover <= turnoverAtMostCents * scale
                || figures.balanceSheet <= balanceSheetAtMostCents * scale)
    }
}
