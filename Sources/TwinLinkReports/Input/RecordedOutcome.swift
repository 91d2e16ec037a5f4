import TwinLinkDomain

/// What a local firm reported about a contact made at an activity, at one of the two checks: the
/// furthest outcome so far (or nothing yet), when, a note, and how useful it was (1–5).
///
/// Unlike `OutcomeRecord`, the outcome may be "nothing yet": a meeting that led nowhere still has
/// a usefulness rating, and leaving it out would flatter the average.
public struct RecordedOutcome: Hashable, Sendable {
    public var activityID: Identifier<Activity>
    public var enterpriseID: Identifier<LocalEnterprise>
    /// The partner met; `nil` for what came of the activity as a whole.
    public var partnerEnterpriseID: Identifier<PartnerEnterprise>?
    /// The 1:1 meeting it came from, where it came from one.
    public var meetingRequestID: Identifier<MeetingRequest>?
    /// `nil`: nothing came of it (yet).
    public var kind: OutcomeRecord.Kind?
    public var check: OutcomeCheck
    public var date: LocalDate
    public var note: String?
    /// Usefulness, 1 (not useful) to 5 (very useful).
    public var rating: Int?

    public static let ratings = 1...5

    public init(
        activityID: Identifier<Activity>, enterpriseID: Identifier<LocalEnterprise>,
        partnerEnterpriseID: Identifier<PartnerEnterprise>? = nil, meetingRequestID: Identifier<MeetingRequest>? = nil,
        kind: OutcomeRecord.Kind?, check: OutcomeCheck, date: LocalDate, note: String? = nil, rating: Int? = nil
    ) {
        self.activityID = activityID
        self.enterpriseID = enterpriseID
        self.partnerEnterpriseID = partnerEnterpriseID
        self.meetingRequestID = meetingRequestID
        self.kind = kind
        self.check = check
        self.date = date
        self.note = note
        self.rating = rating
    }

    public var stage: OutcomeStage { OutcomeStage(kind) }

    /// The contact the outcome is about: the firm and the partner at this activity.
    public var contact: Contact {
        Contact(activityID: activityID, enterpriseID: enterpriseID, partnerEnterpriseID: partnerEnterpriseID)
    }
}
