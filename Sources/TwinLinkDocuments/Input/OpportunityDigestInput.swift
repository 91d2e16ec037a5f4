public import TwinLinkDomain

/// The data of the opportunity digest for one local SME (programme step 5): the partner
/// enterprises and upcoming events, from which the digest picks those that match the firm.
public struct OpportunityDigestInput: Sendable {
    public var programme: Programme
    public var enterprise: LocalEnterprise
    public var enterpriseLinks: [EnterpriseLink]
    /// The firm's contact person, to whom the digest is addressed.
    public var contact: Person
    public var partnerCities: [PartnerCity]
    public var partnerEnterprises: [PartnerEnterprise]
    public var events: [MutualEvent]
    /// Planned activities, to tell when the online introductions and visits take place.
    public var activities: [Activity]
    /// The firm's own applications, to say where it has already applied.
    public var applications: [Application]
    /// Meeting requests that involve the firm.
    public var meetingRequests: [MeetingRequest]
    /// The programme's staff, whom the firm contacts to apply.
    public var contacts: [Person]
    /// Events that end before this day are past and left out.
    public var today: LocalDate
    /// The registry arranged for matching, shared by the digests of one run; made from the
    /// fields above when `nil`.
    public var index: OpportunityIndex?

    public init(
        programme: Programme, enterprise: LocalEnterprise, enterpriseLinks: [EnterpriseLink], contact: Person,
        partnerCities: [PartnerCity], partnerEnterprises: [PartnerEnterprise], events: [MutualEvent],
        activities: [Activity], applications: [Application], meetingRequests: [MeetingRequest], contacts: [Person],
        today: LocalDate
    ) {
        self.programme = programme
        self.enterprise = enterprise
        self.enterpriseLinks = enterpriseLinks
        self.contact = contact
        self.partnerCities = partnerCities
        self.partnerEnterprises = partnerEnterprises
        self.events = events
        self.activities = activities
        self.applications = applications
        self.meetingRequests = meetingRequests
        self.contacts = contacts
        self.today = today
    }

    /// Gathers the digest's data for `enterprise` from the registry.
    public init(
        registry: Registry, enterprise id: Identifier<LocalEnterprise>, activities: [Activity] = [], today: LocalDate
    ) throws(DocumentInputError) {
        try self.init(
            registry: registry, index: OpportunityIndex(registry: registry, activities: activities, today: today),
            enterprise: id)
    }

    /// Gathers the digest's data for `enterprise` through an index of `registry` made once for
    /// every digest of a run: the cost is that of the firm's own records and matches.
    public init(registry: Registry, index: OpportunityIndex, enterprise id: Identifier<LocalEnterprise>)
        throws(DocumentInputError)
    {
        let (records, staff) =
            index.lookup ?? (RegistryIndex(registry), registry.people.filter { $0.organisation == .programme })
        guard let enterprise = records.enterprises[id] else {
            throw .unknownEnterprise(id, referencedBy: "the opportunity digest")
        }
        let contact = try records.person(enterprise.contactPersonID, referencedBy: "local enterprise \(enterprise.id)")
        self.init(
            programme: registry.programme, enterprise: enterprise, enterpriseLinks: records.links[enterprise.id] ?? [],
            contact: contact, partnerCities: registry.partnerCities, partnerEnterprises: registry.partnerEnterprises,
            events: registry.events, activities: index.activities,
            applications: index.applicationsByEnterprise[enterprise.id] ?? [],
            meetingRequests: index.requestsByEnterprise[enterprise.id] ?? [], contacts: staff, today: index.today)
        self.index = index
    }
}
