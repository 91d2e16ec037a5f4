import Foundation
import TwinLinkDomain

/// The fixed texts of the documents in one language, read from `strings/<language>.json`.
///
/// Every key the language lacks falls back to English, so that a partial translation still makes
/// a complete document; `missingKeys` tells a translator what is left to do.
public struct StringCatalogue: Sendable {
    /// The language of the catalogue's own texts.
    public let language: LanguageCode
    /// The locale whose conventions format dates, times, numbers and money (`_locale` in the file).
    public let locale: Locale
    private let entries: [String: CatalogueEntry]
    private let english: [String: CatalogueEntry]

    init(language: LanguageCode, locale: Locale, entries: [String: CatalogueEntry], english: [String: CatalogueEntry]) {
        self.language = language
        self.locale = locale
        self.entries = entries
        self.english = english
    }

    /// The keys of the English catalogue that this language does not translate, sorted; a counted
    /// phrase counts as missing when it lacks a plural form the language needs.
    public var missingKeys: [String] {
        english.keys.filter { key in
            guard let entry = entries[key] else { return true }
            if case .plural(let forms) = entry {
                return PluralCategory.required(for: language.rawValue).contains { forms[$0] == nil }
            }
            return false
        }.sorted()
    }

    /// Every key of the English catalogue, sorted: what a complete translation provides.
    var allKeys: [String] { english.keys.sorted() }

    /// Whether the key exists here or in English.
    func contains(_ key: String) -> Bool { entries[key] != nil || english[key] != nil }

    /// The text for `key`, its `{name}` placeholders replaced by `values`.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        let template: String
        switch entries[key] ?? english[key] {
        case .text(let text): template = text
        case .plural(let forms): template = forms[.other] ?? forms.values.sorted().first ?? key
        case .lines(let lines): template = lines.joined(separator: " ")
        case nil: template = "[\(key)]"
        }
        return values.isEmpty ? template : Self.fill(template, with: values)
    }

    /// The counted phrase for `key` in the plural form `count` needs; `{count}` is the number.
    func counted(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        var values = values
        values["count"] = String(count)
        if case .plural(let forms) = entries[key],
            let form = forms[PluralCategory.of(count, in: language.rawValue)] ?? forms[.other]
        {
            return Self.fill(form, with: values)
        }
        if case .plural(let forms) = english[key],
            let form = forms[PluralCategory.of(count, in: LanguageCode.english.rawValue)] ?? forms[.other]
        {
            return Self.fill(form, with: values)
        }
        return text(key, values)
    }

    /// The lines of a list entry, such as a checklist.
    func lines(_ key: String) -> [String] {
        switch entries[key] ?? english[key] {
        case .lines(let lines): lines
        case .text(let text): [text]
        case .plural, nil: []
        }
    }

    /// Replaces `{name}` with `values[name]`; unknown placeholders stay as written.
    static func fill(_ template: String, with values: [String: String]) -> String {
        var result = ""
        result.reserveCapacity(template.utf8.count + 32)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                rest = rest[open...]
                break
            }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] {
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
