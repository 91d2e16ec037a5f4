/// Why the report could not be rendered: its template is missing or broken.
public enum ReportError: Error, Hashable, Sendable, CustomStringConvertible {
    case templatesNotFound(path: String)
    case unreadableTemplate(path: String)
    case templateSyntax(file: String, line: Int, column: Int, problem: String)

    public var description: String {
        switch self {
        case .templatesNotFound(let path):
            "the report templates are missing: no folder at \(path); reinstall twinlink"
        case .unreadableTemplate(let path):
            "cannot read the report template \(path) as UTF-8 text"
        case .templateSyntax(let file, let line, let column, let problem):
            "\(file):\(line):\(column): the report template does not parse: \(problem)"
        }
    }
}
