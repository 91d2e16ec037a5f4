public import Foundation
public import TwinLinkDomain

/// Checks the ids and values a request names (a command line's arguments, a form's fields), with
/// errors that say what is expected.
public enum CommandArguments {
    /// The id a command line names: `what` names the kind (`an application`, `a partner city`).
    public static func identifier<Entity>(_ text: String, _ what: String) throws(TwinLinkError) -> Identifier<Entity> {
        guard let id = Identifier<Entity>(rawValue: text) else {
            throw .invalidArgument("'\(text)' is not \(what) id: expected \(Identifier<Entity>.rule)")
        }
        return id
    }

    /// An optional id: `nil` when the argument was left out.
    public static func identifier<Entity>(_ text: String?, _ what: String) throws(TwinLinkError) -> Identifier<Entity>?
    {
        guard let text else { return nil }
        return try identifier(text, what) as Identifier<Entity>
    }

    /// An instant given as ISO 8601 with an offset, as the value of `field` (`now`).
    public static func instant(_ text: String, field: String) throws(TwinLinkError) -> Date {
        guard let instant = ZonedInstant.parseInstant(text) else {
            throw .invalidValue(
                field: field, value: text, problem: "expected an ISO 8601 instant such as 2026-12-01T09:00:00+01:00")
        }
        return instant
    }
}
