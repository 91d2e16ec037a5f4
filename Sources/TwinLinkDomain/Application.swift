public import Foundation

/// A local SME's application to join the delegation to (or host a meeting at) a mutual event.
public struct Application: Hashable, Sendable, Codable, Identifiable {
    public var id: Identifier<Application>
    public var eventID: Identifier<MutualEvent>
    public var enterpriseID: Identifier<LocalEnterprise>
    public var submittedAt: Date
    /// The people the firm wants to send, in its order of preference.
    public var delegateIDs: [Identifier<Person>]
    /// The applicant acknowledged that it pays its own travel and attendance costs.
    public var costAcknowledged: Bool
    public var motivation: String?
    public var withdrawnAt: Date?
    /// The online meeting of the event the firm applies to (`intro-<event id>` or
    /// `follow-up-<event id>`); `nil`: the event's study visit, which includes its online meetings.
    public var activityID: Identifier<Activity>?

    public init(
        id: Identifier<Application>, eventID: Identifier<MutualEvent>, enterpriseID: Identifier<LocalEnterprise>,
        submittedAt: Date, delegateIDs: [Identifier<Person>], costAcknowledged: Bool, motivation: String? = nil,
        withdrawnAt: Date? = nil, activityID: Identifier<Activity>? = nil
    ) {
        self.activityID = activityID
        self.id = id
        self.eventID = eventID
        self.enterpriseID = enterpriseID
        self.submittedAt = submittedAt
        self.delegateIDs = delegateIDs
        self.costAcknowledged = costAcknowledged
        self.motivation = motivation
        self.withdrawnAt = withdrawnAt
    }

    public var isWithdrawn: Bool { withdrawnAt != nil }

    /// The activity whose seats the application competes for: the online meeting it names, else
    /// the event's study visit (`visit-<event id>`).
    public var seatActivityID: Identifier<Activity> {
        activityID ?? Activity.plannedID(.outgoingStudyVisit, for: eventID)
    }

    /// Whether `activity` may be named by an application to `event`: one of the event's online meetings.
    public static func isOnlineMeeting(_ activity: Identifier<Activity>, of event: Identifier<MutualEvent>) -> Bool {
        activity == Activity.plannedID(.onlineIntroduction, for: event)
            || activity == Activity.plannedID(.onlineFollowUp, for: event)
    }
}

/// A wish for a 1:1 business meeting between a local SME and a partner enterprise at an event.
public struct MeetingRequest: Hashable, Sendable, Codable, Identifiable {
    public enum Requester: String, Hashable, Sendable, Codable, CaseIterable {
        case sme, partner, both
    }

    public var id: Identifier<MeetingRequest>
    public var eventID: Identifier<MutualEvent>
    public var enterpriseID: Identifier<LocalEnterprise>
    public var partnerEnterpriseID: Identifier<PartnerEnterprise>
    public var requestedBy: Requester
    /// Mutual interest, 1 (low) to 3 (high).
    public var weight: Int
    public var note: String?

    public static let weights = 1...3

    public init(
        id: Identifier<MeetingRequest>, eventID: Identifier<MutualEvent>, enterpriseID: Identifier<LocalEnterprise>,
        partnerEnterpriseID: Identifier<PartnerEnterprise>, requestedBy: Requester, weight: Int, note: String? = nil
    ) {
        self.id = id
        self.eventID = eventID
        self.enterpriseID = enterpriseID
        self.partnerEnterpriseID = partnerEnterpriseID
        self.requestedBy = requestedBy
        self.weight = weight
        self.note = note
    }
}
