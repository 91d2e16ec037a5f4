/// A foreign partner ("twin") city of the home city.
public struct PartnerCity: Hashable, Sendable, Codable, Identifiable {
    public var id: Identifier<PartnerCity>
    public var name: String
    public var country: CountryCode
    public var timeZone: TimeZoneID
    /// Languages spoken, the main one first: documents for the city use it where a translation exists.
    public var languages: [LanguageCode]
    /// The sectors in which the partner city wants contacts.
    public var keySectors: [NACECode]
    public var partnershipSince: Int?
    public var businessHours: BusinessHours
    /// ISO 3166-2 subdivision (`GB-SCT`, `US-NY`) whose holidays apply, if regional ones do.
    public var subdivision: String?
    public var contactPersonID: Identifier<Person>
    public var website: String?
    public var notes: String?

    public init(
        id: Identifier<PartnerCity>, name: String, country: CountryCode, timeZone: TimeZoneID,
        languages: [LanguageCode], keySectors: [NACECode] = [], partnershipSince: Int? = nil,
        businessHours: BusinessHours = .standard, subdivision: String? = nil, contactPersonID: Identifier<Person>,
        website: String? = nil, notes: String? = nil
    ) {
        self.id = id
        self.name = name
        self.country = country
        self.timeZone = timeZone
        self.languages = languages
        self.keySectors = keySectors
        self.partnershipSince = partnershipSince
        self.businessHours = businessHours
        self.subdivision = subdivision
        self.contactPersonID = contactPersonID
        self.website = website
        self.notes = notes
    }

    /// The holiday region: the subdivision if one is set, else the country.
    public var holidayRegion: HolidayRegion { HolidayRegion(country: country, subdivision: subdivision) }

    /// The main language: the first listed.
    public var mainLanguage: LanguageCode { languages.first ?? .english }
}
