/// An attendee's answer to an invite: the `PARTSTAT` parameter of RFC 5545 §3.2.12 for events.
public enum ParticipationStatus: String, Sendable, Hashable, CaseIterable {
    /// Not answered yet; every invite starts here.
    case needsAction = "NEEDS-ACTION"
    /// Will attend.
    case accepted = "ACCEPTED"
    /// Will not attend.
    case declined = "DECLINED"
    /// Might attend.
    case tentative = "TENTATIVE"
    /// Passed the invite on to someone else (`DELEGATED-TO`).
    case delegated = "DELEGATED"
}
