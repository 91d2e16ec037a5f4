/// Why a value given for attendance, outcomes or costs is wrong, in words that say what would be
/// right; becomes an `ImportIssue` for a file or an invalid-argument error for the command line.
public struct AttendanceProblem: Error, ExpressibleByStringInterpolation {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    public init(stringLiteral value: String) {
        text = value
    }
}
