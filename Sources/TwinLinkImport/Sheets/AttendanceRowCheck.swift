/// Reads the columns of one row of an attendance, outcome or cost sheet, collecting a problem for
/// every column that is missing or wrong, so that a file's every problem is reported at once.
public struct AttendanceRowCheck {
    public let row: RecordSheet.Row
    public private(set) var issues: [ImportIssue] = []

    public init(_ row: RecordSheet.Row) {
        self.row = row
    }

    public mutating func report(_ column: String, _ problem: String) {
        issues.append(row.issue(column, problem))
    }

    /// A required column, checked by `check`.
    public mutating func required<T>(_ column: String, _ check: (String) -> Result<T, AttendanceProblem>) -> T? {
        guard let text = row.value(column) else {
            report(column, "a value is required")
            return nil
        }
        return checked(column, text, check)
    }

    /// An optional column: `.some(nil)` when empty, `nil` when present but wrong.
    public mutating func optional<T>(_ column: String, _ check: (String) -> Result<T, AttendanceProblem>) -> T?? {
        guard let text = row.value(column) else { return .some(nil) }
        guard let value = checked(column, text, check) else { return nil }
        return .some(value)
    }

    private mutating func checked<T>(
        _ column: String, _ text: String, _ check: (String) -> Result<T, AttendanceProblem>
    ) -> T? {
        switch check(text) {
        case .success(let value): return value
        case .failure(let problem):
            report(column, problem.text)
            return nil
        }
    }
}
