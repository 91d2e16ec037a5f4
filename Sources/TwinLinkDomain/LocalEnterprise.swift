/// A local micro, small or medium enterprise (or an applicant that claims to be one).
public struct LocalEnterprise: Hashable, Sendable, Codable, Identifiable {
    public var id: Identifier<LocalEnterprise>
    public var legalName: String
    public var registrationNumber: String
    public var address: String
    public var postcode: String
    /// An explicit statement that the firm is (or is not) inside the city, overriding the postcode test.
    public var inCity: Bool?
    public var staffHeadcount: Int
    public var annualTurnover: Money
    public var balanceSheetTotal: Money
    /// Sectors, main activity first.
    public var sectors: [NACECode]
    public var offer: String
    public var cooperationNeeds: String?
    public var apprenticeships: String?
    public var languages: [LanguageCode]
    /// When the firm contributed to the information material for partner cities; `nil` if never.
    public var infoMaterialContributedOn: LocalDate?
    public var profileConsent: Bool
    public var contactPersonID: Identifier<Person>
    public var website: String?
    public var founded: Int?

    public init(
        id: Identifier<LocalEnterprise>, legalName: String, registrationNumber: String, address: String,
        postcode: String, inCity: Bool? = nil, staffHeadcount: Int, annualTurnover: Money, balanceSheetTotal: Money,
        sectors: [NACECode], offer: String, cooperationNeeds: String? = nil, apprenticeships: String? = nil,
        languages: [LanguageCode], infoMaterialContributedOn: LocalDate? = nil, profileConsent: Bool,
        contactPersonID: Identifier<Person>, website: String? = nil, founded: Int? = nil
    ) {
        self.id = id
        self.legalName = legalName
        self.registrationNumber = registrationNumber
        self.address = address
        self.postcode = postcode
        self.inCity = inCity
        self.staffHeadcount = staffHeadcount
        self.annualTurnover = annualTurnover
        self.balanceSheetTotal = balanceSheetTotal
        self.sectors = sectors
        self.offer = offer
        self.cooperationNeeds = cooperationNeeds
        self.apprenticeships = apprenticeships
        self.languages = languages
        self.infoMaterialContributedOn = infoMaterialContributedOn
        self.profileConsent = profileConsent
        self.contactPersonID = contactPersonID
        self.website = website
        self.founded = founded
    }

    /// The main activity: the first sector listed.
    public var mainSector: NACECode? { sectors.first }

    /// Whether the firm is in the city: its explicit flag, else the programme's postcode list.
    public func isLocated(in city: HomeCity) -> Bool {
        inCity ?? city.contains(postcode: postcode)
    }
}

/// Another enterprise in which a local SME holds, or which holds in it, a share of capital or
/// voting rights: it counts towards the SME's size under Recommendation 2003/361/EC.
public struct EnterpriseLink: Hashable, Sendable, Codable, Identifiable {
    public enum Relationship: String, Hashable, Sendable, Codable, CaseIterable {
        /// 25 % to 50 %: its figures count pro rata.
        case partner
        /// Over 50 %: its figures count in full.
        case linked
    }

    public var id: Identifier<EnterpriseLink>
    public var enterpriseID: Identifier<LocalEnterprise>
    public var name: String
    public var relationship: Relationship
    /// The share in hundredths of a percent (2550 = 25.50 %), so that sums are exact.
    public var shareBasisPoints: Int
    public var staffHeadcount: Int
    public var annualTurnover: Money
    public var balanceSheetTotal: Money

    public init(
        id: Identifier<EnterpriseLink>, enterpriseID: Identifier<LocalEnterprise>, name: String,
        relationship: Relationship, shareBasisPoints: Int, staffHeadcount: Int, annualTurnover: Money,
        balanceSheetTotal: Money
    ) {
        self.id = id
        self.enterpriseID = enterpriseID
        self.name = name
        self.relationship = relationship
        self.shareBasisPoints = shareBasisPoints
        self.staffHeadcount = staffHeadcount
        self.annualTurnover = annualTurnover
        self.balanceSheetTotal = balanceSheetTotal
    }

    /// Whether the share fits the relationship: partner 25–50 %, linked over 50 %.
    public var shareFitsRelationship: Bool {
        switch relationship {
        case .partner: (2500...5000).contains(shareBasisPoints)
        case .linked: (5001...10000).contains(shareBasisPoints)
        }
    }
}
