public import Foundation
public import TwinLinkDomain
public import TwinLinkLocalization

/// The fixed texts of the documents in one language, read from `strings/<language>.json`, with the
/// shared catalogue of `TwinLinkLocalization` in the same language for what the engine means
/// (activity titles, agenda items, rules: `Message`s rendered here, never read back from English).
///
/// Every key the language lacks falls back to English, so that an organisation's partial
/// translation still makes a complete document; `missingKeys` tells a translator what is left to
/// do, and a test keeps every shipped catalogue complete.
public struct StringCatalogue: Sendable {
    /// The language of the catalogue's own texts.
    public let language: LanguageCode
    /// The documents' texts.
    public let texts: Catalogue
    /// The engine's texts in the same language.
    public let shared: Catalogue

    init(language: LanguageCode, texts: Catalogue, shared: Catalogue) {
        self.language = language
        self.texts = texts
        self.shared = shared
    }

    /// The locale whose conventions format dates, times, numbers and money (`_locale` in the file).
    public var locale: Locale { texts.locale }

    /// The keys of the English catalogue that this language does not translate, sorted.
    public var missingKeys: [String] { texts.missingKeys }

    /// Every key of the English catalogue, sorted: what a complete translation provides.
    var allKeys: [String] { texts.allKeys }

    /// Whether the key exists here or in English.
    func contains(_ key: String) -> Bool { texts.contains(key) }

    /// The text for `key`, its `{name}` placeholders replaced by `values`.
    func text(_ key: String, _ values: [String: String] = [:]) -> String { texts.text(key, values) }

    /// The counted phrase for `key` in the plural form `count` needs; `{count}` is the number.
    func counted(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        texts.counted(key, count: count, values)
    }

    /// The lines of a list entry, such as a checklist.
    func lines(_ key: String) -> [String] { texts.lines(key) }

    /// What the engine meant, in this language: `isolate` wraps the names and ids inside for
    /// bidirectional text.
    func render(_ message: Message, isolate: (String) -> String = { $0 }) -> String {
        MessageRenderer(shared).render(Self.isolating(message, isolate))
    }

    private static func isolating(_ message: Message, _ isolate: (String) -> String) -> Message {
        func isolated(_ argument: Message.Argument) -> Message.Argument {
            switch argument {
            case .verbatim(let text): .verbatim(isolate(text))
            case .message(let inner): .message(isolating(inner, isolate))
            case .list(let items): .list(items.map(isolated))
            case .number, .quantity, .day, .money: argument
            }
        }
        var message = message
        message.arguments = message.arguments.mapValues(isolated)
        return message
    }

    /// Replaces `{name}` with `values[name]`; unknown placeholders stay as written.
    static func fill(_ template: String, with values: [String: String]) -> String {
        Catalogue.fill(template, with: values)
    }
}
