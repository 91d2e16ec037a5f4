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

    public init(
        id: Identifier<Application>, eventID: Identifier<MutualEvent>, enterpriseID: Identifier<LocalEnterprise>,
        submittedAt: Date, delegateIDs: [Identifier<Person>], costAcknowledged: Bool, motivation: String? = nil,
        withdrawnAt: Date? = nil
    ) {
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
