import Foundation

/// One problem found in the registry files, located as precisely as the input allows.
public struct ImportIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it (`fixtures/smes.csv`).
    public var file: String
    /// 1-based line; for a record spanning several lines, the line it starts on.
    public var line: Int
    public var field: String
    public var value: String
    /// What is wrong and what is expected.
    public var problem: String

    public init(file: String, line: Int, field: String, value: String, problem: String) {
        self.file = file
        self.line = line
        self.field = field
        self.value = value
        self.problem = problem
    }

    /// `FILE:LINE: field 'NAME' value 'VALUE': what is wrong; what is expected`.
    public var description: String {
        "\(file):\(line): field '\(field)' value '\(Self.shorten(value))': \(problem)"
    }

    /// Long values (a whole multi-line offer) are cut so that the message stays on one line.
    static func shorten(_ value: String) -> String {
        let oneLine = value.replacingOccurrences(of: "\r\n", with: "\\n").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "\\r")
        return oneLine.count > 60 ? String(oneLine.prefix(57)) + "..." : oneLine
    }
}

/// The import was refused: every problem found, in file and line order. Nothing was written.
public struct ImportFailure: Error, Sendable, CustomStringConvertible {
    public var issues: [ImportIssue]

    public init(issues: [ImportIssue]) {
        self.issues = issues.sorted { ($0.file, $0.line, $0.field) < ($1.file, $1.line, $1.field) }
    }

    public var description: String {
        let count = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
        return issues.map(\.description).joined(separator: "\n")
            + "\nimport refused: \(count) in the registry files; nothing was changed"
    }
}

/// Collects issues while reading, so that every problem is reported, not only the first.
final class IssueLog {
    private(set) var issues: [ImportIssue] = []

    func report(_ file: String, _ line: Int, field: String, value: String, _ problem: String) {
        issues.append(ImportIssue(file: file, line: line, field: field, value: value, problem: problem))
    }

    var isEmpty: Bool { issues.isEmpty }
}
