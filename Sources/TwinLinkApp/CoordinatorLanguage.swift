public import TwinLinkDomain
public import TwinLinkLocalization

/// The language of what the coordinator reads (the command line's summaries and explanations, the
/// report): the programme's first language unless another is asked for.
public enum CoordinatorLanguage {
    /// The shipped catalogue of `language` (default: the programme's first language); an error that
    /// lists the available languages when there is none.
    public static func catalogue(_ language: LanguageCode?, programme: Programme) throws(TwinLinkError) -> Catalogue {
        let code = (language ?? programme.languages.first ?? .english).rawValue
        guard CatalogueSet.shippedLanguages.contains(code) else {
            throw .invalidValue(
                field: "language", value: code,
                problem: "no catalogue for this language; available: "
                    + CatalogueSet.shippedLanguages.joined(separator: ", "))
        }
        return CatalogueSet.shippedCatalogue(code)
    }
}
