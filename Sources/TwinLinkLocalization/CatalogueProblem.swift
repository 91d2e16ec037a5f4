/// A catalogue file that cannot be used, or a language that has no catalogue: names the file (or
/// the language) and what would fix it.
public enum CatalogueProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// A catalogue file is not a flat JSON object of texts, plural forms or lists.
    case invalid(file: String, problem: String)
    /// A catalogue folder or file cannot be read.
    case unreadable(path: String)
    /// A language is asked for that has no catalogue.
    case unsupportedLanguage(String, available: [String], context: String)

    public var description: String {
        switch self {
        case .invalid(let file, let problem): "\(file): \(problem)"
        case .unreadable(let path): "\(path): the catalogue cannot be read"
        case .unsupportedLanguage(let language, let available, let context):
            "\(context)language '\(language)' has no catalogue; available languages: "
                + available.joined(separator: ", ")
                + " (to add one, see 'How to add a language' in the README)"
        }
    }
}
