public import TwinLinkDomain

/// One document in its two editions: HTML to read and print, Markdown with the same content.
public struct RenderedDocument: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case briefingPack = "briefing_pack"
        case personalPack = "personal_pack"
        case informationMaterial = "information_material"
        case opportunityDigest = "opportunity_digest"
    }

    public var kind: Kind
    /// The file name without extension, made of ids only: `pack-visit-ev-2027-05-nuremberg-forum`.
    public var name: String
    /// The language of the document's fixed texts.
    public var language: LanguageCode
    public var html: String
    public var markdown: String

    public init(kind: Kind, name: String, language: LanguageCode, html: String, markdown: String) {
        self.kind = kind
        self.name = name
        self.language = language
        self.html = html
        self.markdown = markdown
    }

    public var htmlFileName: String { name + ".html" }
    public var markdownFileName: String { name + ".md" }
}
