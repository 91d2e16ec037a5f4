import Synchronization
public import TwinLinkDomain

/// The registry arranged for matching, built once per run and shared by every digest: partner
/// enterprises by NACE division (of what they seek and of what they do) and by city, the
/// upcoming events in date order, the activities by event, and each firm's applications and
/// meeting requests. A digest then costs in proportion to what matches its firm, not to the
/// size of the registry.
///
/// A sector match is worth naming from the division level down (see `SectorMatchLevel.isReason`),
/// so two code lists match for a reason exactly when they share a division: the division buckets
/// find every candidate, and `SectorMatch` then says how closely each fits.
public final class OpportunityIndex: Sendable {
    let partnerCities: [Identifier<PartnerCity>: PartnerCity]
    let partners: [PartnerEnterprise]
    let partnerPositions: [Identifier<PartnerEnterprise>: Int]
    /// Partner positions by the divisions of their interest sectors and of their own sectors.
    let partnersByDivision: [String: [Int]]
    /// Partner positions by city, then by the divisions of their interest sectors.
    let interestedByCity: [Identifier<PartnerCity>: [String: [Int]]]
    /// Events with a visit that end on or after `today`, by first day, then id.
    let upcoming: [MutualEvent]
    let upcomingIDs: Set<Identifier<MutualEvent>>
    /// Each upcoming event's place in `upcoming`.
    let upcomingOffsets: [Identifier<MutualEvent>: Int]
    let upcomingNames: [Identifier<MutualEvent>: String]
    let activities: [Activity]
    let activitiesByEvent: [Identifier<MutualEvent>: [Activity]]
    let requestsByEnterprise: [Identifier<LocalEnterprise>: [MeetingRequest]]
    let applicationsByEnterprise: [Identifier<LocalEnterprise>: [Application]]
    let today: LocalDate
    /// The registry keyed by id and the programme's staff, when the index was made from a registry.
    let lookup: (records: RegistryIndex, staff: [Person])?
    /// What a digest shows of an event that does not depend on the firm (its kind, place, dates,
    /// venue and planned activities), by language and event: made once per run, not per digest.
    /// An index serves the digests of one set of templates, so the language decides the texts.
    private let eventFacts = Mutex<[String: OpportunityDigestView.EventFacts]>([:])

    /// What a digest's matching depends on of a firm apart from its own requests: its sectors. By
    /// the sectors, made once per distinct list of sectors (firms share them), not once per firm.
    private let sectorProfiles = Mutex<[[NACECode]: SectorProfile]>([:])

    /// The profile of `sectors`, made by `make` the first time it is asked for.
    func profile(of sectors: [NACECode], make: () -> SectorProfile) -> SectorProfile {
        if let known = sectorProfiles.withLock({ $0[sectors] }) { return known }
        let made = make()
        sectorProfiles.withLock { $0[sectors] = made }
        return made
    }

    /// The facts of `event` in `language`, made by `make` the first time they are asked for.
    func facts(
        of event: Identifier<MutualEvent>, language: LanguageCode,
        make: () -> OpportunityDigestView.EventFacts
    ) -> OpportunityDigestView.EventFacts {
        let key = language.rawValue + "|" + event.rawValue
        if let known = eventFacts.withLock({ $0[key] }) { return known }
        let made = make()
        eventFacts.withLock { $0[key] = made }
        return made
    }

    public convenience init(
        partnerCities: [PartnerCity], partnerEnterprises: [PartnerEnterprise], events: [MutualEvent],
        activities: [Activity], applications: [Application], meetingRequests: [MeetingRequest], today: LocalDate
    ) {
        self.init(
            partnerCities: partnerCities, partnerEnterprises: partnerEnterprises, events: events,
            activities: activities, applications: applications, meetingRequests: meetingRequests, today: today,
            lookup: nil)
    }

    private init(
        partnerCities: [PartnerCity], partnerEnterprises: [PartnerEnterprise], events: [MutualEvent],
        activities: [Activity], applications: [Application], meetingRequests: [MeetingRequest], today: LocalDate,
        lookup: (records: RegistryIndex, staff: [Person])?
    ) {
        self.partnerCities = Dictionary(partnerCities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        partners = partnerEnterprises
        partnerPositions = Dictionary(
            partnerEnterprises.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var byDivision: [String: [Int]] = [:]
        var byCity: [Identifier<PartnerCity>: [String: [Int]]] = [:]
        for (position, partner) in partnerEnterprises.enumerated() {
            let interests = Self.divisions(partner.interestSectors)
            for division in interests.union(Self.divisions(partner.sectors)) {
                byDivision[division, default: []].append(position)
            }
            for division in interests {
                byCity[partner.partnerCityID, default: [:]][division, default: []].append(position)
            }
        }
        partnersByDivision = byDivision
        interestedByCity = byCity
        upcoming = events.filter { $0.visit != .none && $0.schedule.lastDay >= today }
            .sorted { ($0.schedule.firstDay, $0.id) < ($1.schedule.firstDay, $1.id) }
        upcomingIDs = Set(upcoming.map(\.id))
        upcomingOffsets = Dictionary(
            upcoming.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        upcomingNames = Dictionary(upcoming.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        self.activities = activities
        activitiesByEvent = Dictionary(grouping: activities, by: \.eventID)
        requestsByEnterprise = Dictionary(grouping: meetingRequests, by: \.enterpriseID)
        applicationsByEnterprise = Dictionary(grouping: applications, by: \.enterpriseID)
        self.today = today
        self.lookup = lookup
    }

    /// The index of a whole registry, with the planned activities.
    public convenience init(registry: Registry, activities: [Activity], today: LocalDate) {
        self.init(
            partnerCities: registry.partnerCities, partnerEnterprises: registry.partnerEnterprises,
            events: registry.events, activities: activities, applications: registry.applications,
            meetingRequests: registry.meetingRequests, today: today,
            lookup: (RegistryIndex(registry), registry.people.filter { $0.organisation == .programme }))
    }

    /// The NACE divisions (`62` of `62.01`) of the codes; a bare section has none.
    static func divisions(_ codes: [NACECode]) -> Set<String> {
        Set(codes.compactMap { $0.rawValue.count > 1 ? String($0.rawValue.prefix(2)) : nil })
    }

    func partner(_ id: Identifier<PartnerEnterprise>) -> PartnerEnterprise? {
        partnerPositions[id].map { partners[$0] }
    }

    /// Positions of the partners that share a division with `sectors`, in registry order.
    func candidates(for sectors: [NACECode]) -> [Int] {
        var found: Set<Int> = []
        for division in Self.divisions(sectors) {
            found.formUnion(partnersByDivision[division] ?? [])
        }
        return found.sorted()
    }

    /// How many partner enterprises of `city` seek one of the divisions of `sectors`.
    func interestedCount(in city: Identifier<PartnerCity>, sectors: [NACECode]) -> Int {
        guard let buckets = interestedByCity[city] else { return 0 }
        var found: Set<Int> = []
        for division in Self.divisions(sectors) {
            found.formUnion(buckets[division] ?? [])
        }
        return found.count
    }
}

/// How a list of sectors matches the index without any meeting request: the strongest partner
/// enterprises and the upcoming events with the most reasons, a bounded number of each (a firm's
/// own requests can lift at most ``slack`` others above them), and how many there are in all.
/// Whatever firm has these sectors, a digest then costs in proportion to what it shows.
struct SectorProfile: Sendable {
    /// How many of a firm's own requested partners or events the kept entries allow for; a firm
    /// with more is matched in full.
    static let slack = 16

    struct Ranked: Sendable {
        /// A position in the index's partners, or an offset in its upcoming events.
        let position: Int
        let score: Int
    }

    /// The strongest counterparts without a request (score descending, then partner id).
    let counterparts: [Ranked]
    let counterpartCount: Int
    /// Upcoming events with a reason (most reasons first, then date order).
    let matchingEvents: [Ranked]
    let matchingEventCount: Int
    /// Upcoming events without a reason, in date order.
    let otherEvents: [Int]
    let otherEventCount: Int
}
