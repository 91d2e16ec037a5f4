import Foundation
import TwinLinkApp
import TwinLinkDomain

/// The registry's tables as people read them: aligned text (`twinlink list`) and the main job's
/// summary.
extension RegistryListing {
    static func table(_ subject: Subject, of registry: Registry) -> TextTable {
        switch subject {
        case .smes: smes(registry)
        case .partnerCities: partnerCities(registry)
        case .partnerEnterprises: partnerEnterprises(registry)
        case .events: events(registry)
        }
    }

    private static func smes(_ registry: Registry) -> TextTable {
        let city = registry.programme.homeCity
        return TextTable(
            headers: [
                "ID", "Legal name", "Postcode", "In city", "Staff", "Turnover EUR", "Balance EUR", "Sectors",
                "Info material", "Consent",
            ],
            rows: registry.enterprises.map { firm in
                [
                    firm.id.rawValue, firm.legalName, firm.postcode, firm.isLocated(in: city) ? "yes" : "no",
                    String(firm.staffHeadcount), Format.wholeEuros(firm.annualTurnover),
                    Format.wholeEuros(firm.balanceSheetTotal), firm.sectors.map(\.rawValue).joined(separator: ";"),
                    firm.infoMaterialContributedOn?.iso ?? "never", firm.profileConsent ? "yes" : "no",
                ]
            }, rightAligned: [4, 5, 6])
    }

    private static func partnerCities(_ registry: Registry) -> TextTable {
        let firms = Dictionary(grouping: registry.partnerEnterprises, by: \.partnerCityID)
        let today = Format.referenceInstant(registry.programme)
        return TextTable(
            headers: [
                "ID", "City", "Country", "Time zone", "UTC offset", "Languages", "Key sectors", "Since", "Firms",
            ],
            rows: registry.partnerCities.map { city in
                [
                    city.id.rawValue, city.name, city.country.rawValue, city.timeZone.rawValue,
                    Format.utcOffset(city.timeZone, at: today), city.languages.map(\.rawValue).joined(separator: ";"),
                    city.keySectors.map(\.rawValue).joined(separator: ";"),
                    city.partnershipSince.map(String.init) ?? "",
                    String(firms[city.id]?.count ?? 0),
                ]
            }, rightAligned: [8])
    }

    private static func partnerEnterprises(_ registry: Registry) -> TextTable {
        let cities = Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0.name) })
        return TextTable(
            headers: ["ID", "Name", "City", "Sectors", "Wants contacts in", "Languages"],
            rows: registry.partnerEnterprises.map { firm in
                [
                    firm.id.rawValue, firm.name, cities[firm.partnerCityID] ?? firm.partnerCityID.rawValue,
                    firm.sectors.map(\.rawValue).joined(separator: ";"),
                    firm.interestSectors.map(\.rawValue).joined(separator: ";"),
                    firm.languages.map(\.rawValue).joined(separator: ";"),
                ]
            })
    }

    private static func events(_ registry: Registry) -> TextTable {
        let cities = Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0.name) })
        let applications = Dictionary(grouping: registry.applications, by: \.eventID)
        let requests = Dictionary(grouping: registry.meetingRequests, by: \.eventID)
        let sorted = registry.events.sorted { ($0.schedule.firstDay, $0.id) < ($1.schedule.firstDay, $1.id) }
        return TextTable(
            headers: [
                "ID", "Event", "Kind", "Where", "Starts", "Ends", "Time zone", "Visit", "Applications", "Requests",
            ],
            rows: sorted.map { event in
                let place =
                    switch event.host {
                    case .home: registry.programme.homeCity.name
                    case .partnerCity(let id): cities[id] ?? id.rawValue
                    }
                let (starts, ends) = Format.localSpan(event.schedule)
                return [
                    event.id.rawValue, event.name, event.kind.rawValue, place, starts, ends,
                    event.schedule.zone.rawValue,
                    event.visit.rawValue, String(applications[event.id]?.count ?? 0),
                    String(requests[event.id]?.count ?? 0),
                ]
            }, rightAligned: [8, 9])
    }
}
