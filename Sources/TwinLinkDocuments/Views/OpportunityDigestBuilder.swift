import Foundation
import TwinLinkDomain
import TwinLinkLocalization

/// Builds the opportunity digest of a local SME: the partner enterprises and upcoming events that
/// match its sectors, with why, and how to apply.
struct OpportunityDigestBuilder {
    /// How many partner enterprises the digest names at most: the strongest matches.
    static let partnerLimit = 12

    /// How many events of each list (those that match the firm, the others) the digest shows at
    /// most: the best matches; a line counts the rest.
    static let eventLimit = 15

    let input: OpportunityDigestInput

    private func cities(of event: MutualEvent, in index: OpportunityIndex) -> [PartnerCity] {
        let ids: [Identifier<PartnerCity>] =
            switch event.host {
            case .partnerCity(let id): [id]
            case .home: event.invitedPartnerCityIDs
            }
        return ids.compactMap { index.partnerCities[$0] }
    }

    /// The index of the run, or one made from the input's own lists.
    private var index: OpportunityIndex {
        input.index
            ?? OpportunityIndex(
                partnerCities: input.partnerCities, partnerEnterprises: input.partnerEnterprises,
                events: input.events, activities: input.activities, applications: input.applications,
                meetingRequests: input.meetingRequests, today: input.today)
    }

    func view(views: ViewFactory) -> OpportunityDigestView {
        let enterprise = input.enterprise
        let index = self.index
        let reasons = ReasonWriter(views: views)
        let requests = input.meetingRequests.filter {
            $0.enterpriseID == enterprise.id && index.upcomingIDs.contains($0.eventID)
        }
        let cityNames = index.partnerCities.mapValues(\.name)
        var eventNames: [Identifier<MutualEvent>: String] = [:]
        for request in requests {
            eventNames[request.eventID] = index.upcomingNames[request.eventID]
        }
        let counterparts = Counterpart.all(for: enterprise, in: index, requests: requests)
        let partners = counterparts.prefix(Self.partnerLimit)
            .map { counterpart in
                views.partner(
                    counterpart.partner, city: cityNames[counterpart.partner.partnerCityID] ?? "",
                    reasons: reasons.reasonsForYou(counterpart, eventNames: eventNames), withContact: false)
            }

        let relevance = EventRelevance(enterprise: enterprise, index: index, requests: requests)
        var matchingEvents: [(event: MutualEvent, weight: Int)] = []
        var otherEvents: [MutualEvent] = []
        for event in index.upcoming {
            let weight = relevance.reasonCount(event, cities: cities(of: event, in: index))
            if weight > 0 { matchingEvents.append((event, weight)) } else { otherEvents.append(event) }
        }
        // The best matches (most reasons, then soonest), shown in date order.
        let shownMatching = Set(
            matchingEvents.enumerated().sorted { ($1.element.weight, $0.offset) < ($0.element.weight, $1.offset) }
                .prefix(Self.eventLimit).map(\.offset))
        let matching = matchingEvents.enumerated().filter { shownMatching.contains($0.offset) }.map {
            eventView($0.element.event, requests: requests, views: views, index: index)
        }
        let others = otherEvents.prefix(Self.eventLimit).map {
            eventView($0, requests: requests, views: views, index: index)
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
            morePartners: Self.more("digest_more_partners", counterparts.count - partners.count, views: views),
            events: matching,
            moreEvents: Self.more("digest_more_events", matchingEvents.count - matching.count, views: views),
            otherEvents: others,
            moreOtherEvents: Self.more("digest_more_other_events", otherEvents.count - others.count, views: views),
            howToApply: views.catalogue.lines("apply_steps").map { StringCatalogue.fill($0, with: applyValues) },
            contacts: views.staff(input.contacts))
    }

    /// The line that counts what a bounded list leaves out; `nil` when it shows everything.
    private static func more(_ key: String, _ count: Int, views: ViewFactory) -> String? {
        count > 0 ? views.counted(key, count) : nil
    }

    /// The event as the digest shows it, and whether anything in it matches the firm.
    private func eventView(
        _ event: MutualEvent, requests: [MeetingRequest], views: ViewFactory, index: OpportunityIndex
    ) -> OpportunityDigestView.Event {
        let enterprise = input.enterprise
        let cities = cities(of: event, in: index)
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
        let interested = Set(cities.map(\.id)).reduce(0) {
            $0 + index.interestedCount(in: $1, sectors: enterprise.sectors)
        }
        if interested > 0 {
            reasons.append(
                views.countedSentence(
                    "reason_event_partners", interested, ["cities": views.format.list(cities.map(\.name))]))
        }
        for request in requests where request.eventID == event.id && request.requestedBy != .sme {
            if let partner = index.partner(request.partnerEnterpriseID) {
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
        let facts = index.facts(of: event.id, language: views.catalogue.language) {
            eventFacts(event, cities: cities, views: views, index: index)
        }
        return OpportunityDigestView.Event(
            anchor: "event-\(event.id.rawValue)", name: event.name, kind: facts.kind, place: facts.place,
            dates: facts.dates, venue: facts.venue, reasons: reasons, status: status, activities: facts.activities)
    }

    /// What the digest shows of `event` whatever the firm: the same for every digest in a language.
    private func eventFacts(
        _ event: MutualEvent, cities: [PartnerCity], views: ViewFactory, index: OpportunityIndex
    ) -> OpportunityDigestView.EventFacts {
        let planned = index.activitiesByEvent[event.id] ?? []
        let columns = ZoneColumns(
            home: input.programme.homeCity, partnerCities: cities, instants: planned.map(\.start.instant))
        let activities = planned.filter { $0.status != .cancelled }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            .map { activity in
                InviteView(
                    kind: views.text("activity_\(activity.kind.rawValue)"), title: views.title(activity),
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
        return OpportunityDigestView.EventFacts(
            kind: views.text("event_\(event.kind.rawValue)"), place: place, dates: dates,
            venue: "\(event.venue.name), \(event.venue.address)", activities: activities)
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

/// Whether an upcoming event matches a firm, and by how many reasons, without writing them: the
/// digest weighs every upcoming event but writes out only those it shows. Counts the same reasons
/// as `OpportunityDigestBuilder.eventView` writes.
private struct EventRelevance {
    let enterprise: LocalEnterprise
    let index: OpportunityIndex
    /// The firm's requests by event, those a partner made (alone or with the firm).
    let partnerRequests: [Identifier<MutualEvent>: Int]
    private let keySectorCities: KeyedCache<Identifier<PartnerCity>, Bool>
    private let interestedCities: KeyedCache<Identifier<PartnerCity>, Bool>

    init(enterprise: LocalEnterprise, index: OpportunityIndex, requests: [MeetingRequest]) {
        self.enterprise = enterprise
        self.index = index
        var counts: [Identifier<MutualEvent>: Int] = [:]
        for request in requests where request.requestedBy != .sme && index.partner(request.partnerEnterpriseID) != nil {
            counts[request.eventID, default: 0] += 1
        }
        partnerRequests = counts
        keySectorCities = KeyedCache()
        interestedCities = KeyedCache()
    }

    func reasonCount(_ event: MutualEvent, cities: [PartnerCity]) -> Int {
        var count = partnerRequests[event.id] ?? 0
        for city in cities
        where keySectorCities.value(city.id, { !SectorMatch.all(enterprise.sectors, city.keySectors).isEmpty }) {
            count += 1
        }
        if cities.contains(where: { city in
            interestedCities.value(city.id, { index.interestedCount(in: city.id, sectors: enterprise.sectors) > 0 })
        }) {
            count += 1
        }
        return count
    }
}

/// Values computed once per key, within one digest.
private final class KeyedCache<Key: Hashable, Value> {
    private var values: [Key: Value] = [:]

    func value(_ key: Key, _ make: () -> Value) -> Value {
        if let known = values[key] { return known }
        let made = make()
        values[key] = made
        return made
    }
}
