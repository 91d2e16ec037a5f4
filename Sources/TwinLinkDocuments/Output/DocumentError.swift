/// Why documents could not be made or written: each case names the file and what would fix it.
public enum DocumentError: Error, Equatable, CustomStringConvertible {
    /// The templates folder is missing (a build without the module's resources, or a wrong path).
    case templatesNotFound(path: String)
    /// A template or catalogue file exists but cannot be read as UTF-8 text.
    case unreadableFile(path: String)
    /// A Mustache template does not parse.
    case templateSyntax(file: String, line: Int, column: Int, problem: String)
    /// A template does not declare its escaping (HTML or Markdown) on its first line.
    case escapingPragmaMissing(file: String, pragma: String)
    /// A document template that the renderer needs is not in the folder.
    case missingTemplate(name: String, folder: String)
    /// A string catalogue is not a flat JSON object of texts, plural forms or lists.
    case invalidCatalogue(file: String, problem: String)
    /// A template uses a string key that the English catalogue, the fallback for every language, lacks.
    case unknownStringKey(key: String, file: String)
    /// Writing a document failed.
    case writeFailed(path: String, problem: String)
    /// A document is asked for in a language that has no catalogue.
    case unsupportedLanguage(String, available: [String])

    public var description: String {
        switch self {
        case .templatesNotFound(let path):
            "document templates not found at \(path): expected a folder with html/, markdown/ and strings/"
        case .unreadableFile(let path):
            "\(path): the file cannot be read as UTF-8 text"
        case .templateSyntax(let file, let line, let column, let problem):
            "\(file):\(line):\(column): template syntax error: \(problem)"
        case .escapingPragmaMissing(let file, let pragma):
            "\(file):1: the template must start with \(pragma) so that user-supplied text is escaped for its format"
        case .missingTemplate(let name, let folder):
            "the template \(name).mustache is missing from \(folder)"
        case .invalidCatalogue(let file, let problem):
            "\(file): \(problem)"
        case .unknownStringKey(let key, let file):
            "\(file): the string key '\(key)' is not in strings/en.json; add it there (English is the fallback "
                + "for every language)"
        case .writeFailed(let path, let problem):
            "cannot write \(path): \(problem)"
        case .unsupportedLanguage(let language, let available):
            "language '\(language)' has no catalogue in strings/; available languages: "
                + available.joined(separator: ", ")
        }
    }
}
