public import TwinLinkDomain

/// A contact the programme brought about: a local firm and a partner (or the activity as a whole,
/// where no partner is named) at one activity. Outcomes are counted per contact.
public struct Contact: Hashable, Comparable, Sendable {
    public var activityID: Identifier<Activity>
    public var enterpriseID: Identifier<LocalEnterprise>
    public var partnerEnterpriseID: Identifier<PartnerEnterprise>?

    public init(
        activityID: Identifier<Activity>, enterpriseID: Identifier<LocalEnterprise>,
        partnerEnterpriseID: Identifier<PartnerEnterprise>?
    ) {
        self.activityID = activityID
        self.enterpriseID = enterpriseID
        self.partnerEnterpriseID = partnerEnterpriseID
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.activityID.rawValue, lhs.enterpriseID.rawValue, lhs.partnerEnterpriseID?.rawValue ?? "")
            < (rhs.activityID.rawValue, rhs.enterpriseID.rawValue, rhs.partnerEnterpriseID?.rawValue ?? "")
    }
}
