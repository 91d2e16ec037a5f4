import Foundation
import TwinLinkApp
import TwinLinkDomain

/// The registry's tables as people read them: aligned text (`twinlink list`, headings in the
/// coordinator's language; names, ids and codes as written) and the main job's summary.
extension RegistryListing {
    static func table(_ subject: Subject, of registry: Registry, words: CLIWords = .english) -> TextTable {
        switch subject {
        case .smes: smes(registry, words)
        case .partnerCities: partnerCities(registry, words)
        case .partnerEnterprises: partnerEnterprises(registry, words)
        case .events: events(registry, words)
        }
    }

    private static func smes(_ registry: Registry, _ words: CLIWords) -> TextTable {
        let city = registry.programme.homeCity
        return TextTable(
            headers: [
                "id", "legal_name", "postcode", "in_city", "staff", "turnover", "balance", "sectors", "info_material",
                "consent",
            ].map { words("list_" + $0) },
            rows: registry.enterprises.map { firm in
                [
                    firm.id.rawValue, firm.legalName, firm.postcode, words.yesNo(firm.isLocated(in: city)),
                    String(firm.staffHeadcount), Format.wholeEuros(firm.annualTurnover),
                    Format.wholeEuros(firm.balanceSheetTotal), firm.sectors.map(\.rawValue).joined(separator: ";"),
                    firm.infoMaterialContributedOn?.iso ?? words("never"), words.yesNo(firm.profileConsent),
                ]
            }, rightAligned: [4, 5, 6])
    }

    private static func partnerCities(_ registry: Registry, _ words: CLIWords) -> TextTable {
        let firms = Dictionary(grouping: registry.partnerEnterprises, by: \.partnerCityID)
        let today = Format.referenceInstant(registry.programme)
        return TextTable(
            headers: [
                "id", "city", "country", "time_zone", "utc_offset", "languages", "key_sectors", "since", "firms",
            ].map { words("list_" + $0) },
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

    private static func partnerEnterprises(_ registry: Registry, _ words: CLIWords) -> TextTable {
        let cities = Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0.name) })
        return TextTable(
            headers: ["id", "name", "city", "sectors", "wants_contacts_in", "languages"].map { words("list_" + $0) },
            rows: registry.partnerEnterprises.map { firm in
                [
                    firm.id.rawValue, firm.name, cities[firm.partnerCityID] ?? firm.partnerCityID.rawValue,
                    firm.sectors.map(\.rawValue).joined(separator: ";"),
                    firm.interestSectors.map(\.rawValue).joined(separator: ";"),
                    firm.languages.map(\.rawValue).joined(separator: ";"),
                ]
            })
    }

    private static func events(_ registry: Registry, _ words: CLIWords) -> TextTable {
        let cities = Dictionary(uniqueKeysWithValues: registry.partnerCities.map { ($0.id, $0.name) })
        let applications = Dictionary(grouping: registry.applications, by: \.eventID)
        let requests = Dictionary(grouping: registry.meetingRequests, by: \.eventID)
        let sorted = registry.events.sorted { ($0.schedule.firstDay, $0.id) < ($1.schedule.firstDay, $1.id) }
        return TextTable(
            headers: [
                "id", "event", "kind", "where", "starts", "ends", "time_zone", "visit", "applications", "requests",
            ].map { words("list_" + $0) },
            rows: sorted.map { event in
                let place =
                    switch event.host {
                    case .home: registry.programme.homeCity.name
                    case .partnerCity(let id): cities[id] ?? id.rawValue
                    }
                let (starts, ends) = Format.localSpan(event.schedule)
                return [
                    event.id.rawValue, event.name, words.value("event_kind", event.kind.rawValue), place, starts,
                    ends, event.schedule.zone.rawValue, words.value("visit", event.visit.rawValue),
                    String(applications[event.id]?.count ?? 0),
                    String(requests[event.id]?.count ?? 0),
                ]
            }, rightAligned: [8, 9])
    }
}
