/// A priority score a person can add up: each line says what earned (or cost) the points.
public struct PriorityScore: Hashable, Sendable, Codable, CustomStringConvertible {
    /// One line of the score: what earned (or cost) the points, and how many.
    public struct Component: Hashable, Sendable, Codable {
        public var label: String
        public var points: Int

        public init(label: String, points: Int) {
            self.label = label
            self.points = points
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
