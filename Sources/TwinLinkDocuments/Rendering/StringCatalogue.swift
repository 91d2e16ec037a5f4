public import Foundation
public import TwinLinkDomain
public import TwinLinkLocalization

/// The fixed texts of the documents in one language, read from `strings/<language>.json`, with the
/// texts the engine generates (activity titles, agenda items) from the shared catalogue of
/// `TwinLinkLocalization` in the same language.
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
    private let recogniser: PhraseRecogniser

    init(language: LanguageCode, texts: Catalogue, shared: Catalogue, recogniser: PhraseRecogniser) {
        self.language = language
        self.texts = texts
        self.shared = shared
        self.recogniser = recogniser
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

    /// A text the engine stored in English (an activity's title, an agenda item) in this language;
    /// a text the engine did not make (a coordinator's own wording, an event's name) as written.
    /// `isolate` wraps the names inside for bidirectional text.
    /// Amounts inside (`12 500.00 CZK`, and `8000.00` beside one) are written as `format` writes money.
    func engineText(_ stored: String, format: ReaderFormat? = nil, isolate: (String) -> String = { $0 }) -> String {
        guard var phrase = recogniser.phrase(for: stored) else { return stored }
        if let format { phrase.arguments = Self.amounts(in: phrase.arguments, format: format) }
        phrase.arguments = phrase.arguments.mapValues(isolate)
        return shared.render(phrase)
    }

    /// The engine's fixed amount format, `1 250 000.50 EUR`, re-written in the reader's money format;
    /// a bare amount takes the currency of the phrase's other amounts.
    static func amounts(in arguments: [String: String], format: ReaderFormat) -> [String: String] {
        func parse(_ text: String) -> (cents: Int64, currency: CurrencyCode?)? {
            var number = Substring(text)
            var currency: CurrencyCode?
            if let space = text.lastIndex(of: " "),
                let code = CurrencyCode(rawValue: String(text[text.index(after: space)...]))
            {
                currency = code
                number = text[..<space]
            }
            let digits = number.filter { $0 != " " }
            let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count == 2, parts[1].count == 2, let whole = Int64(parts[0]), let cents = Int64(parts[1]),
                parts[0].allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") })
            else { return nil }
            return (whole * 100 + (whole < 0 ? -cents : cents), currency)
        }
        let parsed = arguments.compactMapValues(parse)
        guard let currency = parsed.values.compactMap(\.currency).first else { return arguments }
        var result = arguments
        for (name, amount) in parsed {
            result[name] = format.money(Money(cents: amount.cents, currency: amount.currency ?? currency))
        }
        return result
    }

    /// Replaces `{name}` with `values[name]`; unknown placeholders stay as written.
    static func fill(_ template: String, with values: [String: String]) -> String {
        Catalogue.fill(template, with: values)
    }
}
