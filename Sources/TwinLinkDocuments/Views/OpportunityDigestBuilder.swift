import Foundation
import TwinLinkDomain

/// Builds the opportunity digest of a local SME: the partner enterprises and upcoming events that
/// match its sectors, with why, and how to apply.
struct OpportunityDigestBuilder {
    /// How many partner enterprises the digest names at most: the strongest matches.
    static let partnerLimit = 12

    let input: OpportunityDigestInput

    private var upcoming: [MutualEvent] {
        input.events.filter { $0.visit != .none && $0.schedule.lastDay >= input.today }
            .sorted { ($0.schedule.firstDay, $0.id) < ($1.schedule.firstDay, $1.id) }
    }

    private func cities(of event: MutualEvent) -> [PartnerCity] {
        let ids: [Identifier<PartnerCity>] =
            switch event.host {
            case .partnerCity(let id): [id]
            case .home: event.invitedPartnerCityIDs
            }
        return ids.compactMap { id in input.partnerCities.first { $0.id == id } }
    }

    func view(views: ViewFactory) -> OpportunityDigestView {
        let enterprise = input.enterprise
        let reasons = ReasonWriter(views: views)
        let upcoming = self.upcoming
        let upcomingIDs = Set(upcoming.map(\.id))
        let requests = input.meetingRequests.filter {
            $0.enterpriseID == enterprise.id && upcomingIDs.contains($0.eventID)
        }
        let cityNames = Dictionary(input.partnerCities.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let eventNames = Dictionary(upcoming.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let partners = Counterpart.all(for: enterprise, among: input.partnerEnterprises, requests: requests)
            .prefix(Self.partnerLimit)
            .map { counterpart in
                views.partner(
                    counterpart.partner, city: cityNames[counterpart.partner.partnerCityID] ?? "",
                    reasons: reasons.reasonsForYou(counterpart, eventNames: eventNames), withContact: false)
            }

        var matching: [OpportunityDigestView.Event] = []
        var others: [OpportunityDigestView.Event] = []
        for event in upcoming {
            let (view, relevant) = eventView(event, requests: requests, views: views)
            if relevant { matching.append(view) } else { others.append(view) }
        }

        let obstacles = InformationMaterialEligibility.obstacles(
            enterprise, links: input.enterpriseLinks, home: input.programme.homeCity)
        let organiser = input.programme.organiser
        let applyValues = [
            "organiser": BidiIsolation.isolate(organiser.name), "email": organiser.email.rawValue,
            "home": BidiIsolation.isolate(input.programme.homeCity.name),
        ]
        let home = input.programme.homeCity.name
        return OpportunityDigestView(
            t: TemplateTexts(catalogue: views.catalogue),
            page: PageView(
                lang: views.catalogue.language.rawValue, title: views.text("digest_title"), subtitle: nil,
                audience: views.sentence("digest_audience", ["firm": enterprise.legalName]),
                programme: input.programme.name, coordinatingUnit: input.programme.coordinatingUnit,
                prepared: views.sentence(
                    "prepared_on",
                    ["date": views.format.date(input.today, .plain), "unit": input.programme.coordinatingUnit])),
            greeting: views.sentence("greeting", ["name": input.contact.fullName]),
            intro: views.sentence("digest_intro", ["home": home]),
            firm: views.firm(enterprise, links: input.enterpriseLinks),
            notices: obstacles.map { views.text("notice_\($0.rawValue)") }, partners: Array(partners),
            events: matching, otherEvents: others,
            howToApply: views.catalogue.lines("apply_steps").map { StringCatalogue.fill($0, with: applyValues) },
            contacts: views.staff(input.contacts))
    }

    /// The event as the digest shows it, and whether anything in it matches the firm.
    private func eventView(_ event: MutualEvent, requests: [MeetingRequest], views: ViewFactory)
        -> (OpportunityDigestView.Event, Bool)
    {
        let enterprise = input.enterprise
        let cities = cities(of: event)
        var reasons: [String] = []
        for city in cities {
            if let match = SectorMatch.all(enterprise.sectors, city.keySectors).max(by: { $0.level < $1.level }) {
                reasons.append(
                    views.sentence(
                        "reason_event_key_sector",
                        [
                            "city": city.name, "key": views.code(match.theirs), "code": views.code(match.ours),
                            "level": views.matchLevel(match.level),
                        ]))
            }
        }
        let cityIDs = Set(cities.map(\.id))
        let interested = input.partnerEnterprises.filter { partner in
            cityIDs.contains(partner.partnerCityID)
                && SectorMatch.best(enterprise.sectors, partner.interestSectors)?.level.isReason == true
        }
        if !interested.isEmpty {
            reasons.append(
                views.countedSentence(
                    "reason_event_partners", interested.count, ["cities": views.format.list(cities.map(\.name))]))
        }
        for request in requests where request.eventID == event.id && request.requestedBy != .sme {
            if let partner = input.partnerEnterprises.first(where: { $0.id == request.partnerEnterpriseID }) {
                reasons.append(views.sentence("reason_event_requested", ["partner": partner.name]))
            }
        }
        let application = input.applications.filter { $0.eventID == event.id }.max { $0.submittedAt < $1.submittedAt }
        let zone = input.programme.homeCity.timeZone.timeZone
        let status = application.map { application in
            if let withdrawn = application.withdrawnAt {
                return views.text(
                    "status_withdrawn", ["date": views.format.date(LocalDate(withdrawn, in: zone), .plain)])
            }
            return views.text(
                "status_applied", ["date": views.format.date(LocalDate(application.submittedAt, in: zone), .plain)])
        }
        let columns = ZoneColumns(
            home: input.programme.homeCity, partnerCities: cities,
            instants: input.activities.filter { $0.eventID == event.id }.map(\.start.instant))
        let activities = input.activities.filter { $0.eventID == event.id && $0.status != .cancelled }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            .map { activity in
                InviteView(
                    kind: views.text("activity_\(activity.kind.rawValue)"), title: views.engineText(activity.title),
                    when: when(activity, columns: columns, views: views), joinURL: nil)
            }
        let first = views.format.date(event.schedule.firstDay)
        let dates =
            event.schedule.firstDay == event.schedule.lastDay
            ? first : views.text("date_range", ["from": first, "to": views.format.date(event.schedule.lastDay)])
        let place: String =
            switch event.host {
            case .home: input.programme.homeCity.name
            case .partnerCity: cities.first.map { "\($0.name), \(views.format.country($0.country))" } ?? ""
            }
        let view = OpportunityDigestView.Event(
            anchor: "event-\(event.id.rawValue)", name: event.name, kind: views.text("event_\(event.kind.rawValue)"),
            place: place, dates: dates, venue: "\(event.venue.name), \(event.venue.address)", reasons: reasons,
            status: status, activities: activities)
        return (view, !reasons.isEmpty)
    }

    private func when(_ activity: Activity, columns: ZoneColumns, views: ViewFactory) -> String {
        let (first, last) = ActivityFacts.days(of: activity)
        if activity.isAllDay {
            if first == last { return views.format.date(first) }
            return views.text("date_range", ["from": views.format.date(first), "to": views.format.date(last)])
        }
        let cells = columns.cells(
            from: activity.start.instant, to: activity.end.instant, day: first, format: views.format)
        let line = zip(cells, columns.columns).map { "\($0) \(views.format.list($1.cities))" }.joined(separator: " · ")
        return views.format.date(first) + ", " + line
    }
}
