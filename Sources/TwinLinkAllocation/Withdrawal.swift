public import Foundation

/// An application taken back: by the applicant (as the registry records it) or on their behalf
/// by a coordinator, who says who and why.
public struct Withdrawal: Hashable, Sendable, Codable {
    public var at: Date
    /// Who recorded it; `nil`: the registry (the applicant's own withdrawal).
    public var recordedBy: String?
    public var reason: String?

    public init(at: Date, recordedBy: String? = nil, reason: String? = nil) {
        self.at = at
        self.recordedBy = recordedBy
        self.reason = reason
    }
}
