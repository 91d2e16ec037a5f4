/// One entry of a string catalogue: a text, a counted phrase in its plural forms, or a list of lines.
public enum CatalogueEntry: Hashable, Sendable {
    case text(String)
    case plural([PluralCategory: String])
    case lines([String])

    /// Every text of the entry, for checks that look at all of them (placeholders, leftovers).
    public var texts: [String] {
        switch self {
        case .text(let text): [text]
        case .plural(let forms): PluralCategory.allCases.compactMap { forms[$0] }
        case .lines(let lines): lines
        }
    }
}
