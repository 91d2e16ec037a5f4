/// One entry of a string catalogue: a text, a counted phrase in its plural forms, or a list of lines.
enum CatalogueEntry: Hashable, Sendable {
    case text(String)
    case plural([PluralCategory: String])
    case lines([String])
}
