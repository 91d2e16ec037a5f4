/// A contradiction within a set of rules that each look valid on their own, such as more
/// reserved seats than seats. `key` is the path in the regulations file (`quotas.reserved_seats`).
public struct RuleProblem: Hashable, Sendable, CustomStringConvertible {
    public var key: String
    public var value: String
    public var problem: String

    public init(key: String, value: String, problem: String) {
        self.key = key
        self.value = value
        self.problem = problem
    }

    public var description: String { "\(key) '\(value)': \(problem)" }
}
