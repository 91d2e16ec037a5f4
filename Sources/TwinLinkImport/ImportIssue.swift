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
    /// A step besides editing the files that also resolves the problem, where there is one; each
    /// shell names it in its own words (the command line as its option).
    public var remedy: Remedy?

    /// A step that resolves a problem without editing the files.
    public enum Remedy: Hashable, Sendable {
        /// Retire the stored record with this id, which the files no longer list (the import's
        /// prune option).
        case retire(String)
        /// Read the files with this field separator (`;`, `,` or `tab`).
        case delimiter(String)
        /// Read the files in this encoding (`windows-1250`).
        case encoding(String)
    }

    public init(file: String, line: Int, field: String, value: String, problem: String, remedy: Remedy? = nil) {
        self.file = file
        self.line = line
        self.field = field
        self.value = value
        self.problem = problem
        self.remedy = remedy
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

    public var description: String { text(\.description) }

    /// Every issue as `line` words it, then the closing line.
    public func text(_ line: (ImportIssue) -> String) -> String {
        let count = issues.count == 1 ? "1 problem" : "\(issues.count) problems"
        return issues.map(line).joined(separator: "\n")
            + "\nimport refused: \(count) in the registry files; nothing was changed"
    }
}

/// Collects issues while reading, so that every problem is reported, not only the first.
final class IssueLog {
    private(set) var issues: [ImportIssue] = []

    func report(
        _ file: String, _ line: Int, field: String, value: String, _ problem: String,
        remedy: ImportIssue.Remedy? = nil
    ) {
        issues.append(ImportIssue(file: file, line: line, field: field, value: value, problem: problem, remedy: remedy))
    }

    var isEmpty: Bool { issues.isEmpty }
}
