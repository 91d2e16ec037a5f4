public import TwinLinkLocalization

/// A priority score a person can add up: each line says what earned (or cost) the points.
public struct PriorityScore: Hashable, Sendable, Codable, CustomStringConvertible {
    /// One line of the score: what earned (or cost) the points, and how many.
    public struct Component: Hashable, Sendable, Codable {
        /// In English (what versions stored before messages show in every language).
        public var label: String
        public var points: Int
        /// The label as a message; `nil` in versions stored before messages.
        public var message: Message?

        public init(label: String, points: Int, message: Message? = nil) {
            self.label = label
            self.points = points
            self.message = message
        }
    }

    public var components: [Component]

    public init(components: [Component]) {
        self.components = components.filter { $0.points != 0 }
    }

    public var total: Int { components.reduce(0) { $0 + $1.points } }

    /// `+20 sector 62.01 is a key sector of Nuremberg; +10 newcomer = 30`.
    public var description: String {
        guard !components.isEmpty else { return "0 (no criterion applies)" }
        return components.map { "\($0.points >= 0 ? "+" : "−")\(abs($0.points)) \($0.label)" }
            .joined(separator: "; ") + " = \(total)"
    }
}
