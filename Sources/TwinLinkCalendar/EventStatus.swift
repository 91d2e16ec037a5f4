/// The `STATUS` of a VEVENT (RFC 5545 §3.8.1.11).
public enum EventStatus: String, Sendable, Hashable, CaseIterable {
    /// Not yet confirmed.
    case tentative = "TENTATIVE"
    /// Definite.
    case confirmed = "CONFIRMED"
    /// Called off; sent with `METHOD:CANCEL`.
    case cancelled = "CANCELLED"
}
