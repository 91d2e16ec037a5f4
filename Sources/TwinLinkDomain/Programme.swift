import Foundation

/// The programme a city's economic-development office runs: who runs it, for which city,
/// and the settings every plan starts from.
public struct Programme: Hashable, Sendable, Codable {
    public var name: String
    public var homeCity: HomeCity
    public var coordinatingUnit: String
    public var organiser: Organiser
    public var currency: CurrencyCode
    public var languages: [LanguageCode]
    /// A fixed "today" for reproducible runs on a fixed data set; `nil` means the day of the run.
    public var referenceDate: LocalDate?
    /// How activities are planned from mutual events.
    public var planning: PlanningSettings
    /// The folder of holiday calendars (`holidays-<REGION>.ics`), relative to the registry folder.
    public var calendarsPath: String?

    public init(
        name: String, homeCity: HomeCity, coordinatingUnit: String, organiser: Organiser,
        currency: CurrencyCode = .euro, languages: [LanguageCode] = [.english], referenceDate: LocalDate? = nil,
        planning: PlanningSettings = .standard, calendarsPath: String? = nil
    ) {
        self.name = name
        self.homeCity = homeCity
        self.coordinatingUnit = coordinatingUnit
        self.organiser = organiser
        self.currency = currency
        self.languages = languages
        self.referenceDate = referenceDate
        self.planning = planning
        self.calendarsPath = calendarsPath
    }
}

/// The city whose firms the programme serves.
public struct HomeCity: Hashable, Sendable, Codable {
    public var name: String
    public var country: CountryCode
    public var timeZone: TimeZoneID
    /// Postcodes inside the city's territory.
    public var postcodes: [PostcodePattern]
    public var businessHours: BusinessHours
    /// ISO 3166-2 subdivision (`PL-12`) whose holidays apply besides the country's, if any.
    public var subdivision: String?

    public init(
        name: String, country: CountryCode, timeZone: TimeZoneID, postcodes: [PostcodePattern],
        businessHours: BusinessHours = .standard, subdivision: String? = nil
    ) {
        self.name = name
        self.country = country
        self.timeZone = timeZone
        self.postcodes = postcodes
        self.businessHours = businessHours
        self.subdivision = subdivision
    }

    /// The holiday region: the subdivision if one is set, else the country.
    public var holidayRegion: HolidayRegion { HolidayRegion(country: country, subdivision: subdivision) }

    /// Whether a postcode lies in the city, by the programme's postcode list.
    public func contains(postcode: String) -> Bool {
        postcodes.contains { $0.matches(postcode) }
    }
}

/// An exact postcode (`31-154`) or a prefix ending in `*` (`31-*`).
public struct PostcodePattern: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        let body = rawValue.hasSuffix("*") ? String(rawValue.dropLast()) : rawValue
        guard !body.isEmpty, !body.contains("*"),
            body.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == " " })
        else { return nil }
        self.rawValue = rawValue
    }

    public func matches(_ postcode: String) -> Bool {
        let code = postcode.trimmingCharacters(in: .whitespaces)
        if rawValue.hasSuffix("*") { return code.hasPrefix(rawValue.dropLast()) }
        return code == rawValue
    }

    public static let rule = "an exact postcode (31-154) or a prefix ending in * (31-*)"
    public var description: String { rawValue }
}

/// The organiser named on every invite (iCalendar ORGANIZER).
public struct Organiser: Hashable, Sendable, Codable {
    public var name: String
    public var email: EmailAddress

    public init(name: String, email: EmailAddress) {
        self.name = name
        self.email = email
    }
}
