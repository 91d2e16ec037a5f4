/// The instance was refused: every problem found, in document order.
public struct MeetingInstanceError: Error, Sendable, CustomStringConvertible {
    public var issues: [MeetingInstanceIssue]

    public init(issues: [MeetingInstanceIssue]) {
        self.issues = issues
    }

    init(_ path: String, value: String, _ problem: String) {
        self.issues = [MeetingInstanceIssue(path: path, value: value, problem: problem)]
    }

    public var description: String {
        let count = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
        return issues.map(\.description).joined(separator: "\n") + "\ninstance refused: \(count)"
    }
}
