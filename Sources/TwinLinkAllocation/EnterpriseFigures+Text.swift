public import TwinLinkDomain

extension EnterpriseFigures {
    /// `2 040 000.00 EUR`: euros with cents (a fraction of a cent from pro-rata counting is cut).
    public var turnoverText: String { AmountText.euros(cents: turnover / Self.scale) }

    public var balanceSheetText: String { AmountText.euros(cents: balanceSheet / Self.scale) }
}

extension EnterpriseSize {
    /// `250 staff, turnover 38 000 000.00 EUR, balance sheet 29 000 000.00 EUR`.
    public var figuresText: String {
        "\(figures.staffText) staff, turnover \(figures.turnoverText), balance sheet \(figures.balanceSheetText)"
    }
}
