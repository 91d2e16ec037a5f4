public import TwinLinkDomain

/// Which local firms the information material may show: those the regulations admit and that
/// agreed to it. A firm is listed only when it is in the city, contributed to the material,
/// consented to share its profile, and is an SME once its partner and linked enterprises count.
public enum InformationMaterialEligibility {
    /// Why a firm is not listed, for the digest's notices; empty when it is listed.
    enum Obstacle: String, CaseIterable, Sendable {
        case outsideCity = "outside_city"
        case noContribution = "no_contribution"
        case noConsent = "no_consent"
        case notSME = "not_sme"
    }

    static func obstacles(_ enterprise: LocalEnterprise, links: [EnterpriseLink], home: HomeCity) -> [Obstacle] {
        var obstacles: [Obstacle] = []
        if !enterprise.isLocated(in: home) { obstacles.append(.outsideCity) }
        if enterprise.infoMaterialContributedOn == nil { obstacles.append(.noContribution) }
        if !enterprise.profileConsent { obstacles.append(.noConsent) }
        if !EnterpriseSize.assess(enterprise, links: links).sizeClass.isSME { obstacles.append(.notSME) }
        return obstacles
    }

    public static func isListed(_ enterprise: LocalEnterprise, links: [EnterpriseLink], home: HomeCity) -> Bool {
        obstacles(enterprise, links: links, home: home).isEmpty
    }
}
