public import TwinLinkDomain

/// The deadlines of one activity, as dates.
public struct Deadlines: Hashable, Sendable, Codable {
    public var applicationsOpen: LocalDate
    public var applicationsClose: LocalDate
    public var decision: LocalDate
    public var confirmation: LocalDate

    public init(applicationsOpen: LocalDate, applicationsClose: LocalDate, decision: LocalDate, confirmation: LocalDate)
    {
        self.applicationsOpen = applicationsOpen
        self.applicationsClose = applicationsClose
        self.decision = decision
        self.confirmation = confirmation
    }
}
