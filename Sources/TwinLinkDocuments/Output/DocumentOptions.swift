public import TwinLinkDomain

/// Choices a caller may make about documents.
public struct DocumentOptions: Hashable, Sendable {
    /// The language of every document made, instead of each reader's own (see `DocumentRenderer`).
    /// A language without a catalogue falls back to English.
    public var language: LanguageCode?
    /// The language of the coordinator's documents (the activity's briefing pack) only, instead of
    /// the programme's first language; readers' own documents keep their language.
    public var coordinatorLanguage: LanguageCode?

    public init(language: LanguageCode? = nil, coordinatorLanguage: LanguageCode? = nil) {
        self.language = language
        self.coordinatorLanguage = coordinatorLanguage
    }
}
