public import Foundation

/// One line of the audit trail: who did what to which activity, when, and why. Every allocation
/// run, withdrawal and manual override writes one, in the same transaction as the change.
public struct AuditEntry: Hashable, Sendable, Codable {
    public var at: Date
    public var actor: String
    /// `allocate`, `withdraw`, `override` (see the constants below), or another feature's action.
    public var action: String
    /// The activity (or other record) the entry is about.
    public var subject: String
    /// What happened, in a sentence.
    public var detail: String

    public init(at: Date, actor: String, action: String, subject: String, detail: String) {
        self.at = at
        self.actor = actor
        self.action = action
        self.subject = subject
        self.detail = detail
    }

    public static let allocate = "allocate"
    public static let withdraw = "withdraw"
    public static let override = "override"
}
