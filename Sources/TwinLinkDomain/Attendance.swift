/// Whether a person came to an activity day or a 1:1 meeting.
public struct AttendanceRecord: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable {
        case attended
        case noShow = "no_show"
        case excused
        case lateCancellation = "late_cancellation"
    }

    public var activityID: Identifier<Activity>
    public var personID: Identifier<Person>
    /// The activity day, or `nil` for the whole activity.
    public var day: LocalDate?
    /// The 1:1 meeting, where the record is about one.
    public var meetingRequestID: Identifier<MeetingRequest>?
    public var status: Status
    /// Where it came from: a check-in file and line, an RSVP reply, or a person at the CLI.
    public var source: String

    public init(
        activityID: Identifier<Activity>, personID: Identifier<Person>, day: LocalDate? = nil,
        meetingRequestID: Identifier<MeetingRequest>? = nil, status: Status, source: String
    ) {
        self.activityID = activityID
        self.personID = personID
        self.day = day
        self.meetingRequestID = meetingRequestID
        self.status = status
        self.source = source
    }
}

/// What came of a meeting or of a firm's participation: programme step 9.
public struct OutcomeRecord: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case followUpAgreed = "follow_up_agreed"
        case lead
        case offerSent = "offer_sent"
        case contract
        case jointProject = "joint_project"
    }

    public var activityID: Identifier<Activity>
    public var enterpriseID: Identifier<LocalEnterprise>
    public var partnerEnterpriseID: Identifier<PartnerEnterprise>?
    public var meetingRequestID: Identifier<MeetingRequest>?
    public var kind: Kind
    public var date: LocalDate
    public var note: String?
    /// Usefulness, 1–5.
    public var rating: Int?

    public init(
        activityID: Identifier<Activity>, enterpriseID: Identifier<LocalEnterprise>,
        partnerEnterpriseID: Identifier<PartnerEnterprise>? = nil, meetingRequestID: Identifier<MeetingRequest>? = nil,
        kind: Kind, date: LocalDate, note: String? = nil, rating: Int? = nil
    ) {
        self.activityID = activityID
        self.enterpriseID = enterpriseID
        self.partnerEnterpriseID = partnerEnterpriseID
        self.meetingRequestID = meetingRequestID
        self.kind = kind
        self.date = date
        self.note = note
        self.rating = rating
    }
}

/// A public holiday of a country (or of a region, such as Scotland), from a holiday calendar.
public struct Holiday: Hashable, Sendable, Codable {
    public var country: CountryCode
    /// ISO 3166-2 subdivision code such as `GB-SCT`, where the holiday is regional.
    public var subdivision: String?
    public var date: LocalDate
    public var name: String

    public init(country: CountryCode, subdivision: String? = nil, date: LocalDate, name: String) {
        self.country = country
        self.subdivision = subdivision
        self.date = date
        self.name = name
    }
}
