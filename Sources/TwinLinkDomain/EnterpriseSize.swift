/// A firm's size class under Commission Recommendation 2003/361/EC, from its own figures plus
/// those of its partner enterprises (a 25–50 % holding, counted in proportion to the share) and
/// its linked enterprises (over 50 %, counted in full), as Article 6 of the Annex and the
/// Commission's user guide say.
public struct EnterpriseSize: Hashable, Sendable, Codable {
    public var sizeClass: SizeClass
    /// The figures that decided the class, links included.
    public var figures: EnterpriseFigures
    /// Whether partner or linked enterprises were counted.
    public var countsLinks: Bool

    public init(sizeClass: SizeClass, figures: EnterpriseFigures, countsLinks: Bool) {
        self.sizeClass = sizeClass
        self.figures = figures
        self.countsLinks = countsLinks
    }

    /// Assesses `enterprise` together with `links` (those whose `enterpriseID` is another firm's
    /// are ignored).
    public static func assess(_ enterprise: LocalEnterprise, links: [EnterpriseLink]) -> EnterpriseSize {
        var figures = EnterpriseFigures(
            staffHeadcount: enterprise.staffHeadcount, turnoverCents: enterprise.annualTurnover.cents,
            balanceSheetCents: enterprise.balanceSheetTotal.cents)
        let own = links.filter { $0.enterpriseID == enterprise.id }
        for link in own {
            let share = link.relationship == .linked ? Int(EnterpriseFigures.scale) : link.shareBasisPoints
            figures =
                figures
                + EnterpriseFigures(
                    staffHeadcount: link.staffHeadcount, turnoverCents: link.annualTurnover.cents,
                    balanceSheetCents: link.balanceSheetTotal.cents, shareBasisPoints: share)
        }
        return EnterpriseSize(sizeClass: classify(figures), figures: figures, countsLinks: !own.isEmpty)
    }

    /// The smallest class whose ceilings the figures meet; `.large` when none.
    public static func classify(_ figures: EnterpriseFigures) -> SizeClass {
        SMECeiling.ascending.first { $0.admits(figures) }?.sizeClass ?? .large
    }
}
