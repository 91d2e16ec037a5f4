public import Foundation

/// One run of the seat allocation for an activity: stored with its inputs' hash and seed so that
/// it can be reproduced and compared with the previous run.
public struct AllocationRun: Hashable, Sendable, Codable, Identifiable {
    public var id: Identifier<AllocationRun>
    public var activityID: Identifier<Activity>
    public var version: Int
    public var ranAt: Date
    public var seed: UInt64
    public var inputsHash: String
    /// Who started it, for the audit trail.
    public var actor: String

    public init(
        id: Identifier<AllocationRun>, activityID: Identifier<Activity>, version: Int, ranAt: Date, seed: UInt64,
        inputsHash: String, actor: String
    ) {
        self.id = id
        self.activityID = activityID
        self.version = version
        self.ranAt = ranAt
        self.seed = seed
        self.inputsHash = inputsHash
        self.actor = actor
    }
}

/// The outcome of one application in one allocation run, with a reason a person can read.
public struct AllocationDecision: Hashable, Sendable, Codable {
    public enum Outcome: Hashable, Sendable, Codable {
        case accepted(seats: Int)
        case waitlisted(rank: Int)
        case rejected
    }

    public var runID: Identifier<AllocationRun>
    public var applicationID: Identifier<Application>
    public var outcome: Outcome
    /// Machine-readable reason, such as `not_sme` or `seats_taken`.
    public var reasonCode: String
    /// The same reason in a sentence for the firm it affects.
    public var explanation: String
    public var priorityScore: Int?

    public init(
        runID: Identifier<AllocationRun>, applicationID: Identifier<Application>, outcome: Outcome, reasonCode: String,
        explanation: String, priorityScore: Int? = nil
    ) {
        self.runID = runID
        self.applicationID = applicationID
        self.outcome = outcome
        self.reasonCode = reasonCode
        self.explanation = explanation
        self.priorityScore = priorityScore
    }
}

/// What a person was last sent about an activity, or about one 1:1 meeting in it: the iCalendar
/// UID is created once and kept, the sequence only rises. What was sent is kept too, so that a
/// cancellation can be written after the activity or meeting itself has gone.
public struct Invite: Hashable, Sendable, Codable {
    public enum Method: String, Hashable, Sendable, Codable {
        case request = "REQUEST"
        case cancel = "CANCEL"
    }

    public var activityID: Identifier<Activity>
    public var personID: Identifier<Person>
    /// The 1:1 meeting the invite is for; `nil` for the activity itself.
    public var meetingRequestID: Identifier<MeetingRequest>?
    public var uid: String
    public var sequence: Int
    public var lastMethod: Method
    /// A digest of what was sent (not its time stamp or sequence), to tell whether a new run
    /// changes anything.
    public var contentHash: String
    public var sentAt: Date
    /// The summary, times and place last sent.
    public var summary: String
    public var start: ZonedInstant
    public var end: ZonedInstant
    public var allDay: Bool
    public var location: String?
    /// The participant's answer (iCalendar PARTSTAT), once a reply is imported.
    public var participationStatus: String?

    public init(
        activityID: Identifier<Activity>, personID: Identifier<Person>, meetingRequestID: Identifier<MeetingRequest>?,
        uid: String, sequence: Int, lastMethod: Method, contentHash: String, sentAt: Date, summary: String,
        start: ZonedInstant, end: ZonedInstant, allDay: Bool, location: String?, participationStatus: String? = nil
    ) {
        self.activityID = activityID
        self.personID = personID
        self.meetingRequestID = meetingRequestID
        self.uid = uid
        self.sequence = sequence
        self.lastMethod = lastMethod
        self.contentHash = contentHash
        self.sentAt = sentAt
        self.summary = summary
        self.start = start
        self.end = end
        self.allDay = allDay
        self.location = location
        self.participationStatus = participationStatus
    }
}
