public import Foundation
public import TwinLinkDomain

/// A coordinator's decision that overrides the rules for one application, with who and why.
public struct ManualOverride: Hashable, Sendable, Codable {
    /// What the coordinator decided.
    public enum Action: Hashable, Sendable, Codable {
        /// Seat the applicant with this many delegates, ahead of everyone else.
        case accept(seats: Int)
        /// Reject the application whatever the rules say.
        case reject
    }

    public var applicationID: Identifier<Application>
    public var action: Action
    public var actor: String
    public var reason: String
    public var at: Date

    public init(applicationID: Identifier<Application>, action: Action, actor: String, reason: String, at: Date) {
        self.applicationID = applicationID
        self.action = action
        self.actor = actor
        self.reason = reason
        self.at = at
    }
}
