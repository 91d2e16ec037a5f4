/// The whole registry as imported: the programme and every table, each sorted by id.
public struct Registry: Hashable, Sendable, Codable {
    public var programme: Programme
    public var partnerCities: [PartnerCity]
    public var enterprises: [LocalEnterprise]
    public var enterpriseLinks: [EnterpriseLink]
    public var partnerEnterprises: [PartnerEnterprise]
    public var people: [Person]
    public var events: [MutualEvent]
    public var applications: [Application]
    public var meetingRequests: [MeetingRequest]

    public init(
        programme: Programme, partnerCities: [PartnerCity] = [], enterprises: [LocalEnterprise] = [],
        enterpriseLinks: [EnterpriseLink] = [], partnerEnterprises: [PartnerEnterprise] = [], people: [Person] = [],
        events: [MutualEvent] = [], applications: [Application] = [], meetingRequests: [MeetingRequest] = []
    ) {
        self.programme = programme
        self.partnerCities = partnerCities.sorted { $0.id < $1.id }
        self.enterprises = enterprises.sorted { $0.id < $1.id }
        self.enterpriseLinks = enterpriseLinks.sorted { $0.id < $1.id }
        self.partnerEnterprises = partnerEnterprises.sorted { $0.id < $1.id }
        self.people = people.sorted { $0.id < $1.id }
        self.events = events.sorted { $0.id < $1.id }
        self.applications = applications.sorted { $0.id < $1.id }
        self.meetingRequests = meetingRequests.sorted { $0.id < $1.id }
    }
}
