public import TwinLinkDomain
public import TwinLinkLocalization

/// Attendance records that contradict each other or the plan: the coordinator looks at each and
/// corrects the records (or accepts them as what happened). Conflicts never block an import.
public struct AttendanceConflict: Hashable, Comparable, Sendable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// Recorded at an activity or 1:1 meeting that did not expect the person: no seat in the
        /// delegation, a withdrawn or declined application, not a party to the meeting.
        case notExpected = "not_expected"
        /// A no-show for an activity day on which the person attended a 1:1 meeting of the same event.
        case noShowWithMeeting = "no_show_with_meeting"
        /// Attended a 1:1 meeting that is not in the session's stored schedule.
        case meetingNotScheduled = "meeting_not_scheduled"

        /// `not expected`, `no-show with a meeting`, `meeting not scheduled`.
        public var label: String {
            switch self {
            case .notExpected: "not expected"
            case .noShowWithMeeting: "no-show with a meeting"
            case .meetingNotScheduled: "meeting not scheduled"
            }
        }
    }

    public let kind: Kind
    public let activityID: Identifier<Activity>
    public let personID: Identifier<Person>
    public let day: LocalDate?
    public let meetingRequestID: Identifier<MeetingRequest>?
    /// What is wrong, as a message that names the records involved: the report shows it in its
    /// language.
    public let message: Message
    /// The message in English, as the command line prints it.
    public let detail: String

    public init(
        kind: Kind, activityID: Identifier<Activity>, personID: Identifier<Person>, day: LocalDate? = nil,
        meetingRequestID: Identifier<MeetingRequest>? = nil, message: Message
    ) {
        self.kind = kind
        self.activityID = activityID
        self.personID = personID
        self.day = day
        self.meetingRequestID = meetingRequestID
        self.message = message
        detail = MessageRenderer(CatalogueSet.shippedCatalogue("en")).render(message)
    }

    /// `visit-ev-x person-y 2026-11-17: detail`.
    public var description: String {
        var location = "\(activityID) \(personID)"
        if let day { location += " \(day)" }
        if let meetingRequestID { location += " \(meetingRequestID)" }
        return "\(location): \(detail)"
    }

    private var sortKey: [String] {
        [
            activityID.rawValue, personID.rawValue, day?.iso ?? "", meetingRequestID?.rawValue ?? "", kind.rawValue,
            detail,
        ]
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.sortKey.lexicographicallyPrecedes(rhs.sortKey) }
}
