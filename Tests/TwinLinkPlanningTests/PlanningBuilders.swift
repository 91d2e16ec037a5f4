import Foundation
import TwinLinkDomain
import TwinLinkPlanning

/// Small builders for planner inputs: a Kraków programme and partner cities anywhere.
enum Build {
    static let warsaw = TimeZoneID(rawValue: "Europe/Warsaw")!

    static func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    static func instant(_ local: String, _ zone: String) -> Date {
        try! LocalDateTime(iso: local)!.instant(in: TimeZone(identifier: zone)!)
    }

    static func programme(settings: PlanningSettings = PlanningSettings(seed: 7)) -> Programme {
        Programme(
            name: "Test programme",
            homeCity: HomeCity(
                name: "Kraków", country: CountryCode(rawValue: "PL")!, timeZone: warsaw,
                postcodes: [PostcodePattern(rawValue: "30-*")!], businessHours: BusinessHours(iso: "08:00-16:00")!),
            coordinatingUnit: "Unit",
            organiser: Organiser(name: "Org", email: EmailAddress(rawValue: "org@city.example")!),
            planning: settings)
    }

    static func city(
        _ id: String, _ name: String, country: String, zone: String, hours: String = "09:00-17:00",
        subdivision: String? = nil
    ) -> PartnerCity {
        PartnerCity(
            id: Identifier(trusted: id), name: name, country: CountryCode(rawValue: country)!,
            timeZone: TimeZoneID(rawValue: zone)!, languages: [.english], businessHours: BusinessHours(iso: hours)!,
            subdivision: subdivision, contactPersonID: Identifier(trusted: "contact-\(id)"))
    }

    /// An all-day outgoing event in `city`.
    static func event(_ id: String, in city: PartnerCity, first: String, last: String) -> MutualEvent {
        MutualEvent(
            id: Identifier(trusted: id), name: "Event \(id)", kind: .fair, host: .partnerCity(city.id),
            schedule: .allDay(first: date(first), last: date(last), zone: city.timeZone),
            venue: Venue(name: "Hall", address: "Street 1"), visit: .outgoing)
    }

    static func holiday(_ region: String, _ day: String, _ name: String) -> Holiday {
        Holiday(region: HolidayRegion(code: region)!, date: date(day), name: name)
    }

    static let warsawParty = MeetingParty(
        name: "Kraków", zone: warsaw, hours: BusinessHours(iso: "08:00-16:00")!,
        region: HolidayRegion(code: "PL")!)

    static func party(_ city: PartnerCity) -> MeetingParty { MeetingParty(city: city) }
}
