import TwinLinkDomain

/// An outcome as stored: what a local firm reported about a contact at one of the two checks.
/// The outcome may be "nothing (yet)" (`kind` is `nil`), so that a meeting that led nowhere
/// still counts with its usefulness rating.
public struct OutcomeEntry: Hashable, Sendable {
    public var activityID: Identifier<Activity>
    public var enterpriseID: Identifier<LocalEnterprise>
    public var partnerEnterpriseID: Identifier<PartnerEnterprise>?
    public var meetingRequestID: Identifier<MeetingRequest>?
    /// `nil`: nothing came of it (yet).
    public var kind: OutcomeRecord.Kind?
    /// From the second check, some months after the activity; else from the first.
    public var isFollowUpCheck: Bool
    public var date: LocalDate
    public var note: String?
    /// Usefulness, 1–5.
    public var rating: Int?
    /// Where it came from: a survey file and line, or a person at the command line.
    public var source: String

    public init(
        activityID: Identifier<Activity>, enterpriseID: Identifier<LocalEnterprise>,
        partnerEnterpriseID: Identifier<PartnerEnterprise>? = nil, meetingRequestID: Identifier<MeetingRequest>? = nil,
        kind: OutcomeRecord.Kind?, isFollowUpCheck: Bool, date: LocalDate, note: String? = nil, rating: Int? = nil,
        source: String
    ) {
        self.activityID = activityID
        self.enterpriseID = enterpriseID
        self.partnerEnterpriseID = partnerEnterpriseID
        self.meetingRequestID = meetingRequestID
        self.kind = kind
        self.isFollowUpCheck = isFollowUpCheck
        self.date = date
        self.note = note
        self.rating = rating
        self.source = source
    }
}
