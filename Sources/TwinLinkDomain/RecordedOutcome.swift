/// What a local firm reported about a contact made at an activity, at one of the two checks: the
/// furthest outcome so far (or nothing yet), when, a note, and how useful it was (1–5).
///
/// The outcome may be "nothing yet": a meeting that led nowhere still has a usefulness rating, and
/// leaving it out would flatter the average. The one model of an outcome: the survey reader makes
/// it, the store keeps it (with its `source`), the report counts it.
public struct RecordedOutcome: Hashable, Sendable {
    public var activityID: Identifier<Activity>
    public var enterpriseID: Identifier<LocalEnterprise>
    /// The partner met; `nil` for what came of the activity as a whole.
    public var partnerEnterpriseID: Identifier<PartnerEnterprise>?
    /// The 1:1 meeting it came from, where it came from one.
    public var meetingRequestID: Identifier<MeetingRequest>?
    /// `nil`: nothing came of it (yet).
    public var kind: OutcomeKind?
    public var check: OutcomeCheck
    public var date: LocalDate
    public var note: String?
    /// Usefulness, 1 (not useful) to 5 (very useful).
    public var rating: Int?
    /// Where it came from: a survey file and line, or a person at the command line (`nil` when
    /// it does not matter, as in a report's input).
    public var source: String?

    public static let ratings = 1...5

    public init(
        activityID: Identifier<Activity>, enterpriseID: Identifier<LocalEnterprise>,
        partnerEnterpriseID: Identifier<PartnerEnterprise>? = nil, meetingRequestID: Identifier<MeetingRequest>? = nil,
        kind: OutcomeKind?, check: OutcomeCheck, date: LocalDate, note: String? = nil, rating: Int? = nil,
        source: String? = nil
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
        self.source = source
    }
}
