/// A firm or institution in a partner city that is open to contact with local SMEs.
public struct PartnerEnterprise: Hashable, Sendable, Codable, Identifiable {
    public var id: Identifier<PartnerEnterprise>
    public var partnerCityID: Identifier<PartnerCity>
    public var name: String
    public var sectors: [NACECode]
    public var offer: String
    public var interests: String?
    /// Sectors in which it wants contacts.
    public var interestSectors: [NACECode]
    public var languages: [LanguageCode]
    public var contactPersonID: Identifier<Person>
    public var website: String?

    public init(
        id: Identifier<PartnerEnterprise>, partnerCityID: Identifier<PartnerCity>, name: String, sectors: [NACECode],
        offer: String, interests: String? = nil, interestSectors: [NACECode] = [], languages: [LanguageCode],
        contactPersonID: Identifier<Person>, website: String? = nil
    ) {
        self.id = id
        self.partnerCityID = partnerCityID
        self.name = name
        self.sectors = sectors
        self.offer = offer
        self.interests = interests
        self.interestSectors = interestSectors
        self.languages = languages
        self.contactPersonID = contactPersonID
        self.website = website
    }
}
