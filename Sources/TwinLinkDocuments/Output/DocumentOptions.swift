import TwinLinkDomain

/// Choices a caller may make about documents.
public struct DocumentOptions: Hashable, Sendable {
    /// The language of every document made, instead of each reader's own (see `DocumentRenderer`).
    /// A language without a catalogue falls back to English.
    public var language: LanguageCode?

    public init(language: LanguageCode? = nil) {
        self.language = language
    }
}
