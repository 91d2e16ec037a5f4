public import TwinLinkDomain

/// A local SME whose application was accepted, with the delegates who hold its seats.
public struct DelegationMember: Hashable, Sendable {
    public var application: Application
    public var enterprise: LocalEnterprise
    /// Its partner and linked enterprises, which count towards its size class.
    public var links: [EnterpriseLink]
    /// The firm's contact person.
    public var contact: Person
    /// The people who travel (or join), in the firm's order: only as many as seats were granted.
    public var delegates: [Person]

    public init(
        application: Application, enterprise: LocalEnterprise, links: [EnterpriseLink] = [], contact: Person,
        delegates: [Person]
    ) {
        self.application = application
        self.enterprise = enterprise
        self.links = links
        self.contact = contact
        self.delegates = delegates
    }
}
