/// An enterprise's size class under Commission Recommendation 2003/361/EC. Micro, small and
/// medium-sized enterprises are SMEs; a large enterprise is not.
public enum SizeClass: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    case micro, small, medium, large

    /// Micro, small and medium: the classes the Recommendation calls SMEs.
    public static let smeClasses: [SizeClass] = [.micro, .small, .medium]

    public var isSME: Bool { self != .large }

    /// `micro`, `small`, `medium-sized`, `large`: as in "a medium-sized enterprise".
    public var adjective: String {
        switch self {
        case .micro: "micro"
        case .small: "small"
        case .medium: "medium-sized"
        case .large: "large"
        }
    }

    private var order: Int {
        switch self {
        case .micro: 0
        case .small: 1
        case .medium: 2
        case .large: 3
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.order < rhs.order }

    public static let rule = "one of micro, small, medium"
}
