/// Why a value given for attendance, outcomes or costs is wrong, in words that say what would be
/// right; becomes an `ImportIssue` for a file or an invalid-argument error for the command line.
struct AttendanceProblem: Error, ExpressibleByStringInterpolation {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    init(stringLiteral value: String) {
        text = value
    }
}
