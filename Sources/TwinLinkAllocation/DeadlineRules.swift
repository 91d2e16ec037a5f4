public import TwinLinkDomain

/// The application window, the decision date and the deadline for accepted firms to confirm.
public struct DeadlineRules: Hashable, Sendable, Codable {
    public var applicationsOpen: DeadlineRule
    /// Applications submitted after this day (in the home city's zone) are late.
    public var applicationsClose: DeadlineRule
    public var decision: DeadlineRule
    public var confirmation: DeadlineRule

    public init(
        applicationsOpen: DeadlineRule, applicationsClose: DeadlineRule, decision: DeadlineRule,
        confirmation: DeadlineRule
    ) {
        self.applicationsOpen = applicationsOpen
        self.applicationsClose = applicationsClose
        self.decision = decision
        self.confirmation = confirmation
    }

    /// The dates for an activity whose first day is `start`.
    public func dates(forStart start: LocalDate) -> Deadlines {
        Deadlines(
            applicationsOpen: applicationsOpen.date(forStart: start),
            applicationsClose: applicationsClose.date(forStart: start), decision: decision.date(forStart: start),
            confirmation: confirmation.date(forStart: start))
    }
}
