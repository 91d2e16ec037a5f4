import Mustache

/// The Mustache content type of the Markdown templates: `{{% CONTENT_TYPE: MARKDOWN }}` makes every
/// `{{value}}` go through `MarkdownEscaper`, as HTML templates send it through HTML escaping.
struct MarkdownContentType: MustacheContentType {
    static let name = "MARKDOWN"
    /// The pragma every Markdown template starts with.
    static let pragma = "{{% CONTENT_TYPE: MARKDOWN }}"

    func escapeText(_ text: String) -> String { MarkdownEscaper.escape(text) }

    /// Registers the content type with Mustache once, before any template is parsed.
    static let registered: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: name)
    }()
}
