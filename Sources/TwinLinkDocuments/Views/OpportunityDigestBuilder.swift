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
        Self.cities(of: event, in: index)
    }

    fileprivate static func cities(of event: MutualEvent, in index: OpportunityIndex) -> [PartnerCity] {
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
        let counterparts = Counterpart.strongest(Self.partnerLimit, for: enterprise, in: index, requests: requests)
        let partners = counterparts.shown
            .map { counterpart in
                views.partner(
                    counterpart.partner, city: cityNames[counterpart.partner.partnerCityID] ?? "",
                    reasons: reasons.reasonsForYou(counterpart, eventNames: eventNames), withContact: false)
            }

        let events = shownEvents(index: index, requests: requests)
        let matching = events.matching.map { eventView($0, requests: requests, views: views, index: index) }
        let others = events.others.map { eventView($0, requests: requests, views: views, index: index) }

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
            morePartners: Self.more("digest_more_partners", counterparts.total - partners.count, views: views),
            events: matching,
            moreEvents: Self.more("digest_more_events", events.matchingCount - matching.count, views: views),
            otherEvents: others,
            moreOtherEvents: Self.more("digest_more_other_events", events.otherCount - others.count, views: views),
            howToApply: views.catalogue.lines("apply_steps").map { StringCatalogue.fill($0, with: applyValues) },
            contacts: views.staff(input.contacts))
    }

    /// The upcoming events the digest shows: the best matches (most reasons, then soonest) in date
    /// order and the first others, with how many there are of each. Through the firm's
    /// ``SectorProfile`` and its own requests, unless it has more requested events than the
    /// profile allows for; then every upcoming event is weighed for this firm.
    func shownEvents(index: OpportunityIndex, requests: [MeetingRequest], throughProfile: Bool = true)
        -> (matching: [MutualEvent], matchingCount: Int, others: [MutualEvent], otherCount: Int)
    {
        let enterprise = input.enterprise
        let relevance = EventRelevance(enterprise: enterprise, index: index, requests: requests)
        let requested = Set(relevance.partnerRequests.keys.compactMap { index.upcomingOffsets[$0] })
        var weighed: [(offset: Int, weight: Int)] = []
        var others: [Int] = []
        var matchingCount = 0
        var otherCount = 0
        if throughProfile, requested.count <= SectorProfile.slack {
            let profile = index.profile(of: enterprise.sectors) { SectorProfile(enterprise, in: index) }
            let plain = EventRelevance(enterprise: enterprise, index: index, requests: [])
            matchingCount = profile.matchingEventCount
            otherCount = profile.otherEventCount
            for offset in requested {
                let event = index.upcoming[offset]
                let cities = cities(of: event, in: index)
                if plain.reasonCount(event, cities: cities) > 0 { matchingCount -= 1 } else { otherCount -= 1 }
                weighed.append((offset, relevance.reasonCount(event, cities: cities)))
                matchingCount += 1
            }
            var taken = 0
            for ranked in profile.matchingEvents where taken < Self.eventLimit && !requested.contains(ranked.position) {
                weighed.append((ranked.position, ranked.score))
                taken += 1
            }
            others = Array(profile.otherEvents.lazy.filter { !requested.contains($0) }.prefix(Self.eventLimit))
        } else {
            for (offset, event) in index.upcoming.enumerated() {
                let weight = relevance.reasonCount(event, cities: cities(of: event, in: index))
                if weight > 0 {
                    weighed.append((offset, weight))
                    matchingCount += 1
                } else {
                    otherCount += 1
                    if others.count < Self.eventLimit { others.append(offset) }
                }
            }
        }
        let shown = weighed.sorted { ($1.weight, $0.offset) < ($0.weight, $1.offset) }.prefix(Self.eventLimit)
            .map(\.offset).sorted()
        return (
            shown.map { index.upcoming[$0] }, matchingCount, others.map { index.upcoming[$0] }, otherCount
        )
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

extension SectorProfile {
    /// The profile of `enterprise`'s sectors: whatever firm has them, the same.
    init(_ enterprise: LocalEnterprise, in index: OpportunityIndex) {
        let all = Counterpart.all(for: enterprise, in: index, requests: [])
        counterparts = all.prefix(Counterpart.profileLimit + Self.slack).map {
            Ranked(position: index.partnerPositions[$0.partner.id] ?? 0, score: $0.score)
        }
        counterpartCount = all.count
        let relevance = EventRelevance(enterprise: enterprise, index: index, requests: [])
        var matching: [Ranked] = []
        var others: [Int] = []
        for (offset, event) in index.upcoming.enumerated() {
            let weight = relevance.reasonCount(event, cities: OpportunityDigestBuilder.cities(of: event, in: index))
            if weight > 0 { matching.append(Ranked(position: offset, score: weight)) } else { others.append(offset) }
        }
        let keep = OpportunityDigestBuilder.eventLimit + Self.slack
        matchingEvents = Array(
            matching.sorted { ($1.score, $0.position) < ($0.score, $1.position) }.prefix(keep))
        matchingEventCount = matching.count
        otherEvents = Array(others.prefix(keep))
        otherEventCount = others.count
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
