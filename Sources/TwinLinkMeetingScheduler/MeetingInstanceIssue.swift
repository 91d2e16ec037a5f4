/// One problem found in a meeting instance, located by its JSON path (`$.requests[3].a`).
public struct MeetingInstanceIssue: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where the problem is, as a JSON path into the instance document.
    public var path: String
    /// The offending value, as written (strings quoted).
    public var value: String
    /// What is wrong and what would fix it.
    public var problem: String

    public init(path: String, value: String, problem: String) {
        self.path = path
        self.value = value
        self.problem = problem
    }

    /// `PATH: value VALUE: what is wrong`.
    public var description: String {
        let shown = value.count > 60 ? String(value.prefix(57)) + "..." : value
        return "\(path): value \(shown): \(problem)"
    }

    /// A string value as it appears in JSON.
    static func quoted(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return "\"" + escaped + "\""
    }
}
