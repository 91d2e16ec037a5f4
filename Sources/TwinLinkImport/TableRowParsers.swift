import Foundation
import TwinLinkDomain

/// Turns the records of each registry file into domain values, reporting every bad field.
/// References to other files are checked afterwards by `ReferenceCheck`.
enum TableRowParsers {
    static func partnerCity(_ row: RowReader) -> PartnerCity? {
        let id = row.id(of: PartnerCity.self)
        let name = row.text("name")
        let country = row.value("country", expected: CountryCode.rule, Parse.country)
        let zone = row.value("time_zone", expected: TimeZoneID.rule, Parse.zone)
        let languages = row.list("languages", required: true, expected: LanguageCode.rule, Parse.language)
        let sectors = row.list("key_sectors", required: false, expected: NACECode.rule, Parse.nace)
        let since = row.optionalYear("partnership_since")
        let hours = row.optional("business_hours", expected: BusinessHours.rule) { BusinessHours(iso: $0) }
        let subdivision = row.optional("subdivision", expected: "an ISO 3166-2 code such as GB-SCT") {
            HolidayRegion.isSubdivision($0) ? $0 : nil
        }
        let contact = row.id("contact_person_id", of: Person.self)
        let website = row.optionalURL("website")
        guard let id, let name, let country, let zone, let languages, let sectors, let since, let hours,
            let subdivision,
            let contact, let website
        else { return nil }
        if let subdivision, !subdivision.hasPrefix(country.rawValue + "-") {
            row.report("subdivision", "the subdivision must belong to the country \(country)")
            return nil
        }
        guard id.rawValue != "home" else {
            row.report("id", "'home' is reserved for the home city in events.csv; choose another id")
            return nil
        }
        return PartnerCity(
            id: id, name: name, country: country, timeZone: zone, languages: languages, keySectors: sectors,
            partnershipSince: since, businessHours: hours ?? .standard, subdivision: subdivision,
            contactPersonID: contact,
            website: website,
            notes: row.optionalText("notes"))
    }

    static func enterprise(_ row: RowReader) -> LocalEnterprise? {
        let id = row.id(of: LocalEnterprise.self)
        let legalName = row.text("legal_name")
        let registration = row.text("registration_number")
        let address = row.text("address")
        let postcode = row.text("postcode")
        let inCity = row.optional("in_city", expected: "yes or no", Parse.bool)
        let staff = row.wholeNumber("staff_headcount", in: 0...10_000_000)
        let turnover = row.money("annual_turnover_eur")
        let balance = row.money("balance_sheet_total_eur")
        let sectors = row.list("nace_codes", required: true, expected: NACECode.rule, Parse.nace)
        let offer = row.text("offer")
        let languages = row.list("languages", required: true, expected: LanguageCode.rule, Parse.language)
        let contributed = row.optional("info_material_contributed_on", expected: LocalDate.rule) { LocalDate(iso: $0) }
        let consent = row.bool("profile_consent")
        let contact = row.id("contact_person_id", of: Person.self)
        let website = row.optionalURL("website")
        let founded = row.optionalYear("founded")
        guard let id, let legalName, let registration, let address, let postcode, let inCity, let staff, let turnover,
            let balance, let sectors, let offer, let languages, let contributed, let consent, let contact, let website,
            let founded
        else { return nil }
        return LocalEnterprise(
            id: id, legalName: legalName, registrationNumber: registration, address: address, postcode: postcode,
            inCity: inCity, staffHeadcount: staff, annualTurnover: turnover, balanceSheetTotal: balance,
            sectors: sectors, offer: offer, cooperationNeeds: row.optionalText("cooperation_needs"),
            apprenticeships: row.optionalText("apprenticeships"), languages: languages,
            infoMaterialContributedOn: contributed, profileConsent: consent, contactPersonID: contact,
            website: website, founded: founded)
    }

    static func enterpriseLink(_ row: RowReader) -> EnterpriseLink? {
        let id = row.id(of: EnterpriseLink.self)
        let sme = row.id("sme_id", of: LocalEnterprise.self)
        let name = row.text("name")
        let relationship = row.value("relationship", expected: "partner or linked") {
            EnterpriseLink.Relationship(rawValue: $0)
        }
        let share = row.value("share_percent", expected: "a percentage from 0 to 100, such as 25 or 33.5") {
            Parse.percentBasisPoints($0)
        }
        let staff = row.wholeNumber("staff_headcount", in: 0...10_000_000)
        let turnover = row.money("annual_turnover_eur")
        let balance = row.money("balance_sheet_total_eur")
        guard let id, let sme, let name, let relationship, let share, let staff, let turnover, let balance else {
            return nil
        }
        let link = EnterpriseLink(
            id: id, enterpriseID: sme, name: name, relationship: relationship, shareBasisPoints: share,
            staffHeadcount: staff, annualTurnover: turnover, balanceSheetTotal: balance)
        guard link.shareFitsRelationship else {
            row.report(
                "share_percent",
                relationship == .partner
                    ? "a partner enterprise holds 25 to 50 %; above 50 % write relationship 'linked'"
                    : "a linked enterprise holds over 50 %; from 25 to 50 % write relationship 'partner'")
            return nil
        }
        return link
    }

    static func partnerEnterprise(_ row: RowReader) -> PartnerEnterprise? {
        let id = row.id(of: PartnerEnterprise.self)
        let city = row.id("partner_city_id", of: PartnerCity.self)
        let name = row.text("name")
        let sectors = row.list("nace_codes", required: true, expected: NACECode.rule, Parse.nace)
        let offer = row.text("offer")
        let interestSectors = row.list("interest_sectors", required: false, expected: NACECode.rule, Parse.nace)
        let languages = row.list("languages", required: true, expected: LanguageCode.rule, Parse.language)
        let contact = row.id("contact_person_id", of: Person.self)
        let website = row.optionalURL("website")
        guard let id, let city, let name, let sectors, let offer, let interestSectors, let languages, let contact,
            let website
        else { return nil }
        return PartnerEnterprise(
            id: id, partnerCityID: city, name: name, sectors: sectors, offer: offer,
            interests: row.optionalText("interests"), interestSectors: interestSectors, languages: languages,
            contactPersonID: contact, website: website)
    }

    static func person(_ row: RowReader) -> Person? {
        let id = row.id(of: Person.self)
        let name = row.text("full_name")
        let email = row.value("email", expected: EmailAddress.rule, Parse.email)
        let phone = row.optional("phone", expected: "a phone number of digits, spaces, +, -, (, ) and /", Parse.phone)
        let kind = row.value("organisation_kind", expected: "sme, partner_enterprise, partner_city or programme") {
            Organisation.Kind(rawValue: $0)
        }
        let languages = row.list("languages", required: false, expected: LanguageCode.rule, Parse.language)
        let language = row.optional("language", expected: LanguageCode.rule, Parse.language)
        var organisation: Organisation?
        if let kind {
            let orgID = row.raw("organisation_id")
            if kind == .programme, orgID != nil {
                row.report("organisation_id", "must be empty for organisation_kind 'programme'")
            } else if kind != .programme, orgID == nil {
                row.report("organisation_id", "a value is required for organisation_kind '\(kind.rawValue)'")
            } else if let org = Organisation(kind: kind, id: orgID) {
                organisation = org
            } else {
                row.report("organisation_id", "expected an id of \(Identifier<Person>.rule)")
            }
        }
        guard let id, let name, let email, let phone, let organisation, let languages, let language else { return nil }
        return Person(
            id: id, fullName: name, email: email, phone: phone, organisation: organisation,
            jobTitle: row.optionalText("job_title"), languages: languages, language: language)
    }

    static func event(
        _ row: RowReader, programme: Programme?, cityIDs: Set<String>?, cityZones: [String: TimeZoneID]
    ) -> MutualEvent? {
        let id = row.id(of: MutualEvent.self)
        let name = row.text("name")
        let kind = row.value("kind", expected: MutualEvent.Kind.allCases.map(\.rawValue).joined(separator: ", ")) {
            MutualEvent.Kind(rawValue: $0)
        }
        let host = row.value("host_city_id", expected: "'home' or an id in partner_cities.csv") {
            EventHost(externalID: $0)
        }
        let explicitZone = row.optional("time_zone", expected: TimeZoneID.rule, Parse.zone)
        let venueName = row.text("venue_name")
        let venueAddress = row.text("venue_address")
        let latitude = row.optional("latitude", expected: "decimal degrees from -90 to 90") {
            Parse.degrees($0, limit: 90)
        }
        let longitude = row.optional("longitude", expected: "decimal degrees from -180 to 180") {
            Parse.degrees($0, limit: 180)
        }
        let visit = row.value("visit", expected: "outgoing, incoming or none") {
            MutualEvent.VisitDirection(rawValue: $0)
        }
        let invited = row.list(
            "partner_city_ids", required: false, expected: "ids in partner_cities.csv", Identifier<PartnerCity>.init)
        let source = row.optionalText("source")

        var zone: TimeZoneID?
        if case .partnerCity(let city)? = host, let cityIDs, !cityIDs.contains(city.rawValue) {
            row.report(
                "host_city_id", "no partner city with this id in partner_cities.csv; expected 'home' or one of its ids")
        } else if let explicitZone {
            switch (explicitZone, host) {
            case (let explicit?, _): zone = explicit
            case (nil, .home?): zone = programme?.homeCity.timeZone
            case (nil, .partnerCity(let city)?): zone = cityZones[city.rawValue]
            case (nil, nil): break
            }
        }
        let schedule = zone.flatMap { eventSchedule(row, zone: $0) }

        var location: GeoPoint??
        switch (latitude, longitude) {
        case (.some(let lat?), .some(let lon?)): location = GeoPoint(latitude: lat, longitude: lon)
        case (.some(nil), .some(nil)): location = .some(nil)
        case (.some(nil), .some(_?)): row.report("latitude", "a value is required when longitude is given")
        case (.some(_?), .some(nil)): row.report("longitude", "a value is required when latitude is given")
        default: break
        }

        guard let id, let name, let kind, let host, let venueName, let venueAddress, let visit, let invited,
            let schedule, let location
        else { return nil }
        switch (visit, host) {
        case (.outgoing, .home):
            row.report("visit", "an outgoing visit goes to a partner city's event; host_city_id is 'home'")
            return nil
        case (.incoming, .partnerCity):
            row.report("visit", "an incoming visit is hosted at home; set host_city_id to 'home'")
            return nil
        case (.incoming, .home) where invited.isEmpty:
            row.report("partner_city_ids", "an incoming visit needs at least one invited partner city")
            return nil
        case (_, .partnerCity) where !invited.isEmpty:
            row.report("partner_city_ids", "only events at home invite partner cities; leave it empty")
            return nil
        default: break
        }
        return MutualEvent(
            id: id, name: name, kind: kind, host: host, schedule: schedule,
            venue: Venue(name: venueName, address: venueAddress, location: location), visit: visit,
            invitedPartnerCityIDs: invited, description: row.optionalText("description"), source: source)
    }

    /// `start`/`end` as dates (all-day, end inclusive) or local date-times in `zone`.
    private static func eventSchedule(_ row: RowReader, zone: TimeZoneID) -> EventSchedule? {
        let expected = "\(LocalDateTime.rule), or a date YYYY-MM-DD for an all-day event"
        guard let startText = row.value("start", expected: expected, { $0 }),
            let endText = row.value("end", expected: expected, { $0 })
        else { return nil }
        if let first = LocalDate(iso: startText) {
            guard let last = LocalDate(iso: endText) else {
                row.report("end", "expected a date YYYY-MM-DD like 'start' (an all-day event)")
                return nil
            }
            guard first <= last else {
                row.report("end", "the last day is before the first day \(first.iso)")
                return nil
            }
            return .allDay(first: first, last: last, zone: zone)
        }
        guard let start = LocalDateTime(iso: startText) else {
            row.report("start", "expected \(expected)")
            return nil
        }
        guard let end = LocalDateTime(iso: endText) else {
            row.report("end", "expected \(LocalDateTime.rule) like 'start'")
            return nil
        }
        let startInstant: Date
        let endInstant: Date
        do {
            startInstant = try start.instant(in: zone.timeZone)
        } catch {
            row.report("start", "\(error); choose a time that exists")
            return nil
        }
        do {
            endInstant = try end.instant(in: zone.timeZone)
        } catch {
            row.report("end", "\(error); choose a time that exists")
            return nil
        }
        guard startInstant < endInstant else {
            row.report("end", "the event ends before it starts (\(start.iso) \(zone))")
            return nil
        }
        return .timed(
            start: ZonedInstant(instant: startInstant, zone: zone), end: ZonedInstant(instant: endInstant, zone: zone))
    }

    /// The years an application can be submitted or withdrawn in; 3026 is a typing mistake.
    static let plausibleYears = 2000...2099

    static func application(_ row: RowReader) -> Application? {
        let id = row.id(of: Application.self)
        let event = row.id("event_id", of: MutualEvent.self)
        let sme = row.id("sme_id", of: LocalEnterprise.self)
        let instantRule =
            "an instant in ISO 8601 with an offset, such as 2026-09-14T10:22:00+02:00, on a day and at a time that "
            + "exist, in the years \(Self.plausibleYears.lowerBound) to \(Self.plausibleYears.upperBound)"
        let plausible = { (text: String) -> Date? in
            ZonedInstant.parseInstant(text).flatMap {
                Self.plausibleYears.contains(LocalDate($0, in: TimeZone(identifier: "UTC")!).year) ? $0 : nil
            }
        }
        let submitted = row.value("submitted_at", expected: instantRule, plausible)
        let delegates = row.list(
            "delegate_person_ids", required: true, expected: "ids in people.csv", Identifier<Person>.init)
        let acknowledged = row.bool("cost_acknowledged")
        let withdrawn = row.optional("withdrawn_at", expected: instantRule, plausible)
        let online = row.optional(
            "activity_id", expected: "an activity id: \(Identifier<Activity>.rule)", Identifier<Activity>.init)
        guard let id, let event, let sme, let submitted, let delegates, let acknowledged, let withdrawn, let online
        else {
            return nil
        }
        if let online, !Application.isOnlineMeeting(online, of: event) {
            row.report(
                "activity_id",
                "expected \(Activity.plannedID(.onlineIntroduction, for: event)) or "
                    + "\(Activity.plannedID(.onlineFollowUp, for: event)), an online meeting of the application's "
                    + "event, or nothing for its study visit")
            return nil
        }
        if let withdrawn, withdrawn < submitted {
            row.report("withdrawn_at", "the application is withdrawn before it was submitted")
            return nil
        }
        if Set(delegates).count != delegates.count {
            row.report("delegate_person_ids", "a delegate is listed twice")
            return nil
        }
        return Application(
            id: id, eventID: event, enterpriseID: sme, submittedAt: submitted, delegateIDs: delegates,
            costAcknowledged: acknowledged, motivation: row.optionalText("motivation"), withdrawnAt: withdrawn,
            activityID: online)
    }

    static func meetingRequest(_ row: RowReader) -> MeetingRequest? {
        let id = row.id(of: MeetingRequest.self)
        let event = row.id("event_id", of: MutualEvent.self)
        let sme = row.id("sme_id", of: LocalEnterprise.self)
        let partner = row.id("partner_enterprise_id", of: PartnerEnterprise.self)
        let requester = row.value("requested_by", expected: "sme, partner or both") {
            MeetingRequest.Requester(rawValue: $0)
        }
        let weight = row.wholeNumber("weight", in: MeetingRequest.weights)
        guard let id, let event, let sme, let partner, let requester, let weight else { return nil }
        return MeetingRequest(
            id: id, eventID: event, enterpriseID: sme, partnerEnterpriseID: partner, requestedBy: requester,
            weight: weight, note: row.optionalText("note"))
    }
}
