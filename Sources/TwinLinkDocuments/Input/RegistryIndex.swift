import TwinLinkDomain

/// The registry's tables keyed by id, for resolving references while gathering a document's data.
struct RegistryIndex {
    let events: [Identifier<MutualEvent>: MutualEvent]
    let partnerCities: [Identifier<PartnerCity>: PartnerCity]
    let applications: [Identifier<Application>: Application]
    let enterprises: [Identifier<LocalEnterprise>: LocalEnterprise]
    let partnerEnterprises: [Identifier<PartnerEnterprise>: PartnerEnterprise]
    let people: [Identifier<Person>: Person]
    let meetingRequests: [Identifier<MeetingRequest>: MeetingRequest]
    let links: [Identifier<LocalEnterprise>: [EnterpriseLink]]

    init(_ registry: Registry) {
        events = Self.keyed(registry.events)
        partnerCities = Self.keyed(registry.partnerCities)
        applications = Self.keyed(registry.applications)
        enterprises = Self.keyed(registry.enterprises)
        partnerEnterprises = Self.keyed(registry.partnerEnterprises)
        people = Self.keyed(registry.people)
        meetingRequests = Self.keyed(registry.meetingRequests)
        links = Dictionary(grouping: registry.enterpriseLinks, by: \.enterpriseID)
    }

    func person(_ id: Identifier<Person>, referencedBy source: String) throws(DocumentInputError) -> Person {
        guard let person = people[id] else { throw .unknownPerson(id, referencedBy: source) }
        return person
    }

    /// First occurrence wins, so a registry with a duplicate id (which the importer refuses) cannot trap.
    private static func keyed<T: Identifiable>(_ values: [T]) -> [T.ID: T] {
        Dictionary(values.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
