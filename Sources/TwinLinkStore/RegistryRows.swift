import Foundation
internal import GRDB
import TwinLinkDomain

// Rows of the registry tables, one struct per table, with their mapping to and from the domain.
// The database keeps plain columns; the domain keeps validated types. A row read back that no
// longer validates means the database was edited by hand, and is reported as such.

/// Decodes a validated value from a stored column, or says which row and column is corrupt.
func stored<T>(_ value: T?, _ table: String, _ id: String, _ column: String, _ raw: Any?) throws -> T {
    guard let value else {
        throw StoreError.invalidValue(table, column, id, raw)
    }
    return value
}

protocol RegistryRow: Codable, Equatable, FetchableRecord, PersistableRecord {
    var id: String { get }
}

extension RegistryRow {
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

struct ProgrammeRow: Codable, Equatable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "programme"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var id = 1
    var name: String
    var homeCityName: String
    var homeCountry: String
    var homeTimeZone: String
    var homePostcodes: [String]
    var homeBusinessHours: String
    var coordinatingUnit: String
    var organiserName: String
    var organiserEmail: String
    var currency: String
    var languages: [String]
    var referenceDate: String?
    var homeSubdivision: String?
    var planning: PlanningSettings
    var calendarsPath: String?

    init(_ p: Programme) {
        name = p.name
        homeCityName = p.homeCity.name
        homeCountry = p.homeCity.country.rawValue
        homeTimeZone = p.homeCity.timeZone.rawValue
        homePostcodes = p.homeCity.postcodes.map(\.rawValue)
        homeBusinessHours = p.homeCity.businessHours.iso
        coordinatingUnit = p.coordinatingUnit
        organiserName = p.organiser.name
        organiserEmail = p.organiser.email.rawValue
        currency = p.currency.rawValue
        languages = p.languages.map(\.rawValue)
        referenceDate = p.referenceDate?.iso
        homeSubdivision = p.homeCity.subdivision
        planning = p.planning
        calendarsPath = p.calendarsPath
    }

    func domain() throws -> Programme {
        let t = "programme"
        let postcodes = try homePostcodes.map {
            try stored(PostcodePattern(rawValue: $0), t, "1", "home_postcodes", $0)
        }
        return Programme(
            name: name,
            homeCity: HomeCity(
                name: homeCityName,
                country: try stored(CountryCode(rawValue: homeCountry), t, "1", "home_country", homeCountry),
                timeZone: try stored(TimeZoneID(rawValue: homeTimeZone), t, "1", "home_time_zone", homeTimeZone),
                postcodes: postcodes,
                businessHours: try stored(
                    BusinessHours(iso: homeBusinessHours), t, "1", "home_business_hours", homeBusinessHours)),
            coordinatingUnit: coordinatingUnit,
            organiser: Organiser(
                name: organiserName,
                email: try stored(EmailAddress(rawValue: organiserEmail), t, "1", "organiser_email", organiserEmail)),
            currency: try stored(CurrencyCode(rawValue: currency), t, "1", "currency", currency),
            languages: try languages.map { try stored(LanguageCode(rawValue: $0), t, "1", "languages", $0) },
            referenceDate: try referenceDate.map { try stored(LocalDate(iso: $0), t, "1", "reference_date", $0) },
            planning: planning, calendarsPath: calendarsPath)
    }
}

struct PersonRow: RegistryRow {
    static let databaseTableName = "people"
    var id: String
    var fullName: String
    var email: String
    var phone: String?
    var organisationKind: String
    var organisationId: String?
    var jobTitle: String?
    var languages: [String]
    var language: String?

    init(_ p: Person) {
        id = p.id.rawValue
        fullName = p.fullName
        email = p.email.rawValue
        phone = p.phone
        organisationKind = p.organisation.kind.rawValue
        organisationId = p.organisation.organisationID
        jobTitle = p.jobTitle
        languages = p.languages.map(\.rawValue)
        language = p.language?.rawValue
    }

    func domain() throws -> Person {
        let t = Self.databaseTableName
        let kind = try stored(
            Organisation.Kind(rawValue: organisationKind), t, id, "organisation_kind", organisationKind)
        return Person(
            id: try stored(Identifier(rawValue: id), t, id, "id", id), fullName: fullName,
            email: try stored(EmailAddress(rawValue: email), t, id, "email", email), phone: phone,
            organisation: try stored(
                Organisation(kind: kind, id: organisationId), t, id, "organisation_id", organisationId),
            jobTitle: jobTitle, languages: try codes(languages, t, id, "languages"),
            language: try language.map { try stored(LanguageCode(rawValue: $0), t, id, "language", $0) })
    }
}

struct PartnerCityRow: RegistryRow {
    static let databaseTableName = "partner_cities"
    var id: String
    var name: String
    var country: String
    var timeZone: String
    var languages: [String]
    var keySectors: [String]
    var partnershipSince: Int?
    var businessHours: String
    var contactPersonId: String
    var website: String?
    var notes: String?
    var subdivision: String?

    init(_ c: PartnerCity) {
        id = c.id.rawValue
        name = c.name
        country = c.country.rawValue
        timeZone = c.timeZone.rawValue
        languages = c.languages.map(\.rawValue)
        keySectors = c.keySectors.map(\.rawValue)
        partnershipSince = c.partnershipSince
        businessHours = c.businessHours.iso
        contactPersonId = c.contactPersonID.rawValue
        website = c.website
        notes = c.notes
        subdivision = c.subdivision
    }

    func domain() throws -> PartnerCity {
        let t = Self.databaseTableName
        return PartnerCity(
            id: try stored(Identifier(rawValue: id), t, id, "id", id), name: name,
            country: try stored(CountryCode(rawValue: country), t, id, "country", country),
            timeZone: try stored(TimeZoneID(rawValue: timeZone), t, id, "time_zone", timeZone),
            languages: try codes(languages, t, id, "languages"),
            keySectors: try sectors(keySectors, t, id, "key_sectors"),
            partnershipSince: partnershipSince,
            businessHours: try stored(BusinessHours(iso: businessHours), t, id, "business_hours", businessHours),
            subdivision: subdivision,
            contactPersonID: try stored(
                Identifier(rawValue: contactPersonId), t, id, "contact_person_id", contactPersonId),
            website: website, notes: notes)
    }
}

struct LocalEnterpriseRow: RegistryRow {
    static let databaseTableName = "local_enterprises"
    var id: String
    var legalName: String
    var registrationNumber: String
    var address: String
    var postcode: String
    var inCity: Bool?
    var staffHeadcount: Int
    var annualTurnoverEurCents: Int64
    var balanceSheetTotalEurCents: Int64
    var sectors: [String]
    var offer: String
    var cooperationNeeds: String?
    var apprenticeships: String?
    var languages: [String]
    var infoMaterialContributedOn: String?
    var profileConsent: Bool
    var contactPersonId: String
    var website: String?
    var founded: Int?

    init(_ e: LocalEnterprise) {
        id = e.id.rawValue
        legalName = e.legalName
        registrationNumber = e.registrationNumber
        address = e.address
        postcode = e.postcode
        inCity = e.inCity
        staffHeadcount = e.staffHeadcount
        annualTurnoverEurCents = e.annualTurnover.cents
        balanceSheetTotalEurCents = e.balanceSheetTotal.cents
        sectors = e.sectors.map(\.rawValue)
        offer = e.offer
        cooperationNeeds = e.cooperationNeeds
        apprenticeships = e.apprenticeships
        languages = e.languages.map(\.rawValue)
        infoMaterialContributedOn = e.infoMaterialContributedOn?.iso
        profileConsent = e.profileConsent
        contactPersonId = e.contactPersonID.rawValue
        website = e.website
        founded = e.founded
    }

    func domain() throws -> LocalEnterprise {
        let t = Self.databaseTableName
        return LocalEnterprise(
            id: try stored(Identifier(rawValue: id), t, id, "id", id), legalName: legalName,
            registrationNumber: registrationNumber, address: address, postcode: postcode, inCity: inCity,
            staffHeadcount: staffHeadcount, annualTurnover: .euros(annualTurnoverEurCents),
            balanceSheetTotal: .euros(balanceSheetTotalEurCents),
            sectors: try TwinLinkStore.sectors(sectors, t, id, "sectors"),
            offer: offer, cooperationNeeds: cooperationNeeds, apprenticeships: apprenticeships,
            languages: try codes(languages, t, id, "languages"),
            infoMaterialContributedOn: try infoMaterialContributedOn.map {
                try stored(LocalDate(iso: $0), t, id, "info_material_contributed_on", $0)
            },
            profileConsent: profileConsent,
            contactPersonID: try stored(
                Identifier(rawValue: contactPersonId), t, id, "contact_person_id", contactPersonId),
            website: website, founded: founded)
    }
}

struct EnterpriseLinkRow: RegistryRow {
    static let databaseTableName = "enterprise_links"
    var id: String
    var enterpriseId: String
    var name: String
    var relationship: String
    var shareBasisPoints: Int
    var staffHeadcount: Int
    var annualTurnoverEurCents: Int64
    var balanceSheetTotalEurCents: Int64

    init(_ l: EnterpriseLink) {
        id = l.id.rawValue
        enterpriseId = l.enterpriseID.rawValue
        name = l.name
        relationship = l.relationship.rawValue
        shareBasisPoints = l.shareBasisPoints
        staffHeadcount = l.staffHeadcount
        annualTurnoverEurCents = l.annualTurnover.cents
        balanceSheetTotalEurCents = l.balanceSheetTotal.cents
    }

    func domain() throws -> EnterpriseLink {
        let t = Self.databaseTableName
        return EnterpriseLink(
            id: try stored(Identifier(rawValue: id), t, id, "id", id),
            enterpriseID: try stored(Identifier(rawValue: enterpriseId), t, id, "enterprise_id", enterpriseId),
            name: name,
            relationship: try stored(
                EnterpriseLink.Relationship(rawValue: relationship), t, id, "relationship", relationship),
            shareBasisPoints: shareBasisPoints, staffHeadcount: staffHeadcount,
            annualTurnover: .euros(annualTurnoverEurCents), balanceSheetTotal: .euros(balanceSheetTotalEurCents))
    }
}

struct PartnerEnterpriseRow: RegistryRow {
    static let databaseTableName = "partner_enterprises"
    var id: String
    var partnerCityId: String
    var name: String
    var sectors: [String]
    var offer: String
    var interests: String?
    var interestSectors: [String]
    var languages: [String]
    var contactPersonId: String
    var website: String?

    init(_ p: PartnerEnterprise) {
        id = p.id.rawValue
        partnerCityId = p.partnerCityID.rawValue
        name = p.name
        sectors = p.sectors.map(\.rawValue)
        offer = p.offer
        interests = p.interests
        interestSectors = p.interestSectors.map(\.rawValue)
        languages = p.languages.map(\.rawValue)
        contactPersonId = p.contactPersonID.rawValue
        website = p.website
    }

    func domain() throws -> PartnerEnterprise {
        let t = Self.databaseTableName
        return PartnerEnterprise(
            id: try stored(Identifier(rawValue: id), t, id, "id", id),
            partnerCityID: try stored(Identifier(rawValue: partnerCityId), t, id, "partner_city_id", partnerCityId),
            name: name, sectors: try TwinLinkStore.sectors(sectors, t, id, "sectors"), offer: offer,
            interests: interests,
            interestSectors: try TwinLinkStore.sectors(interestSectors, t, id, "interest_sectors"),
            languages: try codes(languages, t, id, "languages"),
            contactPersonID: try stored(
                Identifier(rawValue: contactPersonId), t, id, "contact_person_id", contactPersonId),
            website: website)
    }
}

struct MutualEventRow: RegistryRow {
    static let databaseTableName = "mutual_events"
    var id: String
    var name: String
    var kind: String
    var hostCityId: String?
    var allDay: Bool
    var startUtc: String?
    var endUtc: String?
    var firstDay: String
    var lastDay: String
    var timeZone: String
    var venueName: String
    var venueAddress: String
    var latitude: Double?
    var longitude: Double?
    var visit: String
    var invitedPartnerCityIds: [String]
    var description: String?
    var source: String?

    init(_ e: MutualEvent) {
        id = e.id.rawValue
        name = e.name
        kind = e.kind.rawValue
        if case .partnerCity(let city) = e.host { hostCityId = city.rawValue } else { hostCityId = nil }
        allDay = e.schedule.isAllDay
        if case .timed(let start, let end) = e.schedule {
            startUtc = start.utcISO
            endUtc = end.utcISO
        }
        firstDay = e.schedule.firstDay.iso
        lastDay = e.schedule.lastDay.iso
        timeZone = e.schedule.zone.rawValue
        venueName = e.venue.name
        venueAddress = e.venue.address
        latitude = e.venue.location?.latitude
        longitude = e.venue.location?.longitude
        visit = e.visit.rawValue
        invitedPartnerCityIds = e.invitedPartnerCityIDs.map(\.rawValue)
        description = e.description
        source = e.source
    }

    func domain() throws -> MutualEvent {
        let t = Self.databaseTableName
        let zone = try stored(TimeZoneID(rawValue: timeZone), t, id, "time_zone", timeZone)
        let schedule: EventSchedule
        if allDay {
            schedule = .allDay(
                first: try stored(LocalDate(iso: firstDay), t, id, "first_day", firstDay),
                last: try stored(LocalDate(iso: lastDay), t, id, "last_day", lastDay), zone: zone)
        } else {
            let start = try stored(startUtc.flatMap(ZonedInstant.parseInstant), t, id, "start_utc", startUtc)
            let end = try stored(endUtc.flatMap(ZonedInstant.parseInstant), t, id, "end_utc", endUtc)
            schedule = .timed(
                start: ZonedInstant(instant: start, zone: zone), end: ZonedInstant(instant: end, zone: zone))
        }
        let location: GeoPoint? =
            if let latitude, let longitude {
                try stored(GeoPoint(latitude: latitude, longitude: longitude), t, id, "latitude", latitude)
            } else { nil }
        return MutualEvent(
            id: try stored(Identifier(rawValue: id), t, id, "id", id), name: name,
            kind: try stored(MutualEvent.Kind(rawValue: kind), t, id, "kind", kind),
            host: try stored(EventHost(externalID: hostCityId ?? "home"), t, id, "host_city_id", hostCityId),
            schedule: schedule, venue: Venue(name: venueName, address: venueAddress, location: location),
            visit: try stored(MutualEvent.VisitDirection(rawValue: visit), t, id, "visit", visit),
            invitedPartnerCityIDs: try invitedPartnerCityIds.map {
                try stored(Identifier(rawValue: $0), t, id, "invited_partner_city_ids", $0)
            },
            description: description, source: source)
    }
}

struct ApplicationRow: RegistryRow {
    static let databaseTableName = "applications"
    var id: String
    var eventId: String
    var enterpriseId: String
    var submittedAt: String
    var delegateIds: [String]
    var costAcknowledged: Bool
    var motivation: String?
    var withdrawnAt: String?
    var activityId: String?

    init(_ a: Application) {
        id = a.id.rawValue
        eventId = a.eventID.rawValue
        enterpriseId = a.enterpriseID.rawValue
        submittedAt = ZonedInstant.formatUTC(a.submittedAt)
        delegateIds = a.delegateIDs.map(\.rawValue)
        costAcknowledged = a.costAcknowledged
        motivation = a.motivation
        withdrawnAt = a.withdrawnAt.map(ZonedInstant.formatUTC)
        activityId = a.activityID?.rawValue
    }

    func domain() throws -> Application {
        let t = Self.databaseTableName
        return Application(
            id: try stored(Identifier(rawValue: id), t, id, "id", id),
            eventID: try stored(Identifier(rawValue: eventId), t, id, "event_id", eventId),
            enterpriseID: try stored(Identifier(rawValue: enterpriseId), t, id, "enterprise_id", enterpriseId),
            submittedAt: try stored(ZonedInstant.parseInstant(submittedAt), t, id, "submitted_at", submittedAt),
            delegateIDs: try delegateIds.map { try stored(Identifier(rawValue: $0), t, id, "delegate_ids", $0) },
            costAcknowledged: costAcknowledged, motivation: motivation,
            withdrawnAt: try withdrawnAt.map { try stored(ZonedInstant.parseInstant($0), t, id, "withdrawn_at", $0) },
            activityID: try activityId.map { try stored(Identifier(rawValue: $0), t, id, "activity_id", $0) })
    }
}

struct MeetingRequestRow: RegistryRow {
    static let databaseTableName = "meeting_requests"
    var id: String
    var eventId: String
    var enterpriseId: String
    var partnerEnterpriseId: String
    var requestedBy: String
    var weight: Int
    var note: String?

    init(_ r: MeetingRequest) {
        id = r.id.rawValue
        eventId = r.eventID.rawValue
        enterpriseId = r.enterpriseID.rawValue
        partnerEnterpriseId = r.partnerEnterpriseID.rawValue
        requestedBy = r.requestedBy.rawValue
        weight = r.weight
        note = r.note
    }

    func domain() throws -> MeetingRequest {
        let t = Self.databaseTableName
        return MeetingRequest(
            id: try stored(Identifier(rawValue: id), t, id, "id", id),
            eventID: try stored(Identifier(rawValue: eventId), t, id, "event_id", eventId),
            enterpriseID: try stored(Identifier(rawValue: enterpriseId), t, id, "enterprise_id", enterpriseId),
            partnerEnterpriseID: try stored(
                Identifier(rawValue: partnerEnterpriseId), t, id, "partner_enterprise_id", partnerEnterpriseId),
            requestedBy: try stored(
                MeetingRequest.Requester(rawValue: requestedBy), t, id, "requested_by", requestedBy),
            weight: weight, note: note)
    }
}

func codes(_ values: [String], _ table: String, _ id: String, _ column: String) throws -> [LanguageCode] {
    try values.map { try stored(LanguageCode(rawValue: $0), table, id, column, $0) }
}

func sectors(_ values: [String], _ table: String, _ id: String, _ column: String) throws -> [NACECode] {
    try values.map { try stored(NACECode(rawValue: $0), table, id, column, $0) }
}
