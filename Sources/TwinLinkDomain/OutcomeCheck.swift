/// Which survey an outcome comes from. Brokerage organisers ask twice: right after the activity
/// (`initial`), and some months later (`followUp`) to see which contacts turned into cooperation.
public enum OutcomeCheck: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    case initial
    case followUp = "follow_up"

    /// `initial`, `follow_up`: the values of the `check` column of an outcome file.
    public static let rule = "initial or follow_up"

    /// Reads `initial`, `follow_up` or `follow-up`.
    public init?(code: String) {
        switch code.lowercased() {
        case "initial": self = .initial
        case "follow_up", "follow-up": self = .followUp
        default: return nil
        }
    }

    /// `first check`, `second check`: as the report labels them.
    public var label: String {
        switch self {
        case .initial: "first check"
        case .followUp: "second check"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .initial && rhs == .followUp }
}
