public import TwinLinkDomain
public import TwinLinkLocalization

/// Everything the briefing pack of one activity shows, as plain domain values: the activity and
/// its event, the partner cities, the delegation, the partner enterprises that asked for meetings,
/// the 1:1 schedule, the costs and the rules that applied.
///
/// Build it with `init(registry:activity:decisions:…)`, which resolves every reference, or field by
/// field for tests and benchmarks.
public struct BriefingPackInput: Sendable {
    public var programme: Programme
    public var activity: Activity
    public var event: MutualEvent
    /// The partner cities involved, the activity's own first: the host of an outgoing event, the
    /// invited cities of an incoming one.
    public var partnerCities: [PartnerCity]
    public var delegation: [DelegationMember]
    /// The partner enterprises of those cities that asked for, or were asked for, meetings at the event.
    public var partnerEnterprises: [PartnerEnterprise]
    /// The event's meeting requests between the delegation and those partner enterprises.
    public var meetingRequests: [MeetingRequest]
    /// The 1:1 meetings placed for the event.
    public var schedule: [ScheduledMeeting]
    /// The activities planned from the same event (visit, online meetings, 1:1 session): each
    /// delegate's invites are listed from them.
    public var eventActivities: [Activity]
    /// Contacts of the partner cities and partner enterprises, and the programme's staff.
    public var contacts: [Person]
    public var costs: DelegateCosts
    /// The rules that applied to this activity, one message each (`engine_rule_*`), shown in each
    /// reader's language.
    public var regulations: [Message]
    /// The day the pack is made, printed on it; an input, so that the same data gives the same pack.
    public var preparedOn: LocalDate

    public init(
        programme: Programme, activity: Activity, event: MutualEvent, partnerCities: [PartnerCity],
        delegation: [DelegationMember], partnerEnterprises: [PartnerEnterprise], meetingRequests: [MeetingRequest],
        schedule: [ScheduledMeeting], eventActivities: [Activity], contacts: [Person], costs: DelegateCosts,
        regulations: [Message], preparedOn: LocalDate
    ) {
        self.programme = programme
        self.activity = activity
        self.event = event
        self.partnerCities = partnerCities
        self.delegation = delegation
        self.partnerEnterprises = partnerEnterprises
        self.meetingRequests = meetingRequests
        self.schedule = schedule
        self.eventActivities = eventActivities
        self.contacts = contacts
        self.costs = costs
        self.regulations = regulations
        self.preparedOn = preparedOn
    }

    /// Gathers the pack's data from the registry.
    ///
    /// - Parameters:
    ///   - decisions: the activity's latest allocation; accepted applications form the delegation,
    ///     each with as many of its delegates (in the firm's order) as seats were granted.
    ///     Withdrawn applications are left out.
    ///   - schedule: the 1:1 meetings placed for the event.
    ///   - activities: planned activities; those of the activity's event become the invites.
    public init(
        registry: Registry, activity: Activity, decisions: [AllocationDecision], schedule: [ScheduledMeeting] = [],
        activities: [Activity] = [], costs: DelegateCosts = DelegateCosts(), regulations: [Message] = [],
        preparedOn: LocalDate
    ) throws(DocumentInputError) {
        try self.init(
            registry: registry, lookup: BriefingPackLookup(registry), activity: activity, decisions: decisions,
            schedule: schedule, activities: activities, costs: costs, regulations: regulations, preparedOn: preparedOn)
    }

    /// As `init(registry:activity:…)`, through `lookup`, made once for the packs of every activity of
    /// a run: the cost is that of the activity's own delegation, requests and meetings, not of the
    /// registry.
    public init(
        registry: Registry, lookup: BriefingPackLookup, activity: Activity, decisions: [AllocationDecision],
        schedule: [ScheduledMeeting] = [], activities: [Activity] = [], costs: DelegateCosts = DelegateCosts(),
        regulations: [Message] = [], preparedOn: LocalDate
    ) throws(DocumentInputError) {
        let index = lookup.records
        guard let event = index.events[activity.eventID] else {
            throw .unknownEvent(activity.eventID, activity: activity.id)
        }
        var cityIDs: [Identifier<PartnerCity>] = activity.partnerCityID.map { [$0] } ?? []
        if case .partnerCity(let host) = event.host { cityIDs.append(host) }
        cityIDs += event.invitedPartnerCityIDs
        var partnerCities: [PartnerCity] = []
        for id in cityIDs where !partnerCities.contains(where: { $0.id == id }) {
            guard let city = index.partnerCities[id] else {
                throw .unknownPartnerCity(id, referencedBy: "event \(event.id)")
            }
            partnerCities.append(city)
        }

        var delegation: [DelegationMember] = []
        for decision in decisions {
            guard case .accepted(let seats) = decision.outcome else { continue }
            guard let application = index.applications[decision.applicationID] else {
                throw .unknownApplication(decision.applicationID)
            }
            guard application.eventID == event.id else {
                throw .applicationForAnotherEvent(application.id, event: application.eventID)
            }
            if application.isWithdrawn { continue }
            let source = "application \(application.id)"
            guard let enterprise = index.enterprises[application.enterpriseID] else {
                throw .unknownEnterprise(application.enterpriseID, referencedBy: source)
            }
            let contact = try index.person(
                enterprise.contactPersonID, referencedBy: "local enterprise \(enterprise.id)")
            var delegates: [Person] = []
            for id in application.seatedDelegateIDs(seats: seats) {
                delegates.append(try index.person(id, referencedBy: source))
            }
            delegation.append(
                DelegationMember(
                    application: application, enterprise: enterprise, links: index.links[enterprise.id] ?? [],
                    contact: contact, delegates: delegates))
        }
        delegation.sort { $0.enterprise.id < $1.enterprise.id }

        let delegationIDs = Set(delegation.map(\.enterprise.id))
        let cityIDSet = Set(partnerCities.map(\.id))
        var requests: [MeetingRequest] = []
        var partnerIDs: [Identifier<PartnerEnterprise>] = []
        for request in lookup.requestsByEvent[event.id] ?? [] {
            guard let partner = index.partnerEnterprises[request.partnerEnterpriseID] else {
                throw .unknownPartnerEnterprise(
                    request.partnerEnterpriseID, referencedBy: "meeting request \(request.id)")
            }
            guard delegationIDs.contains(request.enterpriseID), cityIDSet.contains(partner.partnerCityID) else {
                continue
            }
            requests.append(request)
            partnerIDs.append(partner.id)
        }
        for meeting in schedule {
            guard let request = index.meetingRequests[meeting.requestID] else {
                throw .unknownMeetingRequest(meeting.requestID)
            }
            guard request.eventID == event.id else {
                throw .meetingRequestForAnotherEvent(request.id, event: request.eventID)
            }
            if !requests.contains(where: { $0.id == request.id }) { requests.append(request) }
            partnerIDs.append(request.partnerEnterpriseID)
        }
        var partners: [PartnerEnterprise] = []
        var seenPartners: Set<Identifier<PartnerEnterprise>> = []
        for id in partnerIDs where seenPartners.insert(id).inserted {
            guard let partner = index.partnerEnterprises[id] else {
                throw .unknownPartnerEnterprise(id, referencedBy: "the meeting schedule")
            }
            partners.append(partner)
        }
        partners.sort { $0.id < $1.id }

        var contacts: [Person] = lookup.staff
        for city in partnerCities {
            contacts.append(try index.person(city.contactPersonID, referencedBy: "partner city \(city.id)"))
        }
        for partner in partners {
            contacts.append(try index.person(partner.contactPersonID, referencedBy: "partner enterprise \(partner.id)"))
        }

        self.init(
            programme: registry.programme, activity: activity, event: event, partnerCities: partnerCities,
            delegation: delegation, partnerEnterprises: partners, meetingRequests: requests.sorted { $0.id < $1.id },
            schedule: schedule, eventActivities: activities.filter { $0.eventID == event.id }, contacts: contacts,
            costs: costs, regulations: regulations, preparedOn: preparedOn)
    }
}

/// The registry arranged for gathering briefing packs, made once for the packs of every activity
/// of a run: records by id, meeting requests by event (in the registry's order) and the staff.
public struct BriefingPackLookup: Sendable {
    let records: RegistryIndex
    let requestsByEvent: [Identifier<MutualEvent>: [MeetingRequest]]
    let staff: [Person]

    public init(_ registry: Registry) {
        records = RegistryIndex(registry)
        requestsByEvent = Dictionary(grouping: registry.meetingRequests, by: \.eventID)
        staff = registry.people.filter { $0.organisation == .programme }
    }
}
