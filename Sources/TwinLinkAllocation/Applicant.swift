public import TwinLinkDomain

/// One application together with the firm's record and its partner and linked enterprises.
public struct Applicant: Hashable, Sendable, Codable {
    public var application: Application
    public var enterprise: LocalEnterprise
    public var links: [EnterpriseLink]
    /// The withdrawal in effect, from the registry or recorded with `twinlink withdraw`; `nil`
    /// while the application stands. (`application.withdrawnAt` is not consulted: the caller
    /// decides which withdrawals count.)
    public var withdrawal: Withdrawal?

    public init(application: Application, enterprise: LocalEnterprise, links: [EnterpriseLink], withdrawal: Withdrawal?)
    {
        self.application = application
        self.enterprise = enterprise
        self.links = links
        self.withdrawal = withdrawal
    }
}
