public import Foundation

/// The texts of one language, read from a `<language>.json` catalogue, with English as the
/// fallback key by key (a test keeps every shipped catalogue complete, so the fallback only
/// serves an organisation's own partial translation).
public struct Catalogue: Sendable {
    /// The ISO 639-1 code of the catalogue's language (`cs`).
    public let language: String
    /// The locale whose conventions format dates, times, numbers and money (`_locale` in the file).
    public let locale: Locale
    /// Formatting exceptions the file sets (`_name` keys without the underscore).
    public let settings: [String: String]
    private let entries: [String: CatalogueEntry]
    private let english: [String: CatalogueEntry]

    public init(
        language: String, locale: Locale, entries: [String: CatalogueEntry], english: [String: CatalogueEntry],
        settings: [String: String] = [:]
    ) {
        self.language = language
        self.locale = locale
        self.entries = entries
        self.english = english
        self.settings = settings
    }

    /// The keys of the English catalogue that this language does not translate, sorted; a counted
    /// phrase counts as missing when it lacks a plural form the language needs.
    public var missingKeys: [String] {
        english.keys.filter { key in
            guard let entry = entries[key] else { return true }
            if case .plural(let forms) = entry {
                return PluralCategory.required(for: language).contains { forms[$0] == nil }
            }
            return false
        }.sorted()
    }

    /// Every key of the English catalogue, sorted: what a complete translation provides.
    public var allKeys: [String] { english.keys.sorted() }

    /// The language's own entry for `key`, without the English fallback.
    public func ownEntry(_ key: String) -> CatalogueEntry? { entries[key] }

    /// Whether the key exists here or in English.
    public func contains(_ key: String) -> Bool { entries[key] != nil || english[key] != nil }

    /// The text for `key`, its `{name}` placeholders replaced by `values`.
    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        let template: String
        switch entries[key] ?? english[key] {
        case .text(let text): template = text
        case .plural(let forms): template = forms[.other] ?? forms.values.sorted().first ?? key
        case .lines(let lines): template = lines.joined(separator: " ")
        case nil: template = "[\(key)]"
        }
        return values.isEmpty ? template : Self.fill(template, with: values)
    }

    /// The counted phrase for `key` in the plural form `count` needs; `{count}` is the number,
    /// unless `values` already holds a formatted `count`.
    public func counted(_ key: String, count: Int, _ values: [String: String] = [:]) -> String {
        var values = values
        if values["count"] == nil { values["count"] = String(count) }
        if case .plural(let forms) = entries[key],
            let form = forms[PluralCategory.of(count, in: language)] ?? forms[.other]
        {
            return Self.fill(form, with: values)
        }
        if case .plural(let forms) = english[key], let form = forms[PluralCategory.of(count, in: "en")] ?? forms[.other]
        {
            return Self.fill(form, with: values)
        }
        return text(key, values)
    }

    /// The lines of a list entry, such as a checklist.
    public func lines(_ key: String) -> [String] {
        switch entries[key] ?? english[key] {
        case .lines(let lines): lines
        case .text(let text): [text]
        case .plural, nil: []
        }
    }

    /// What a translator still has to fix, compared with the English catalogue, one line each: a
    /// missing key or plural form, a placeholder English does not have, a placeholder left out, an
    /// entry of another kind (text, plural forms, list). Empty for a complete catalogue.
    public func problems(comparedTo english: Catalogue) -> [String] {
        var problems = missingKeys.map { "\(language): '\($0)' is missing or lacks a plural form" }
        for key in english.allKeys {
            guard let own = entries[key], let reference = english.ownEntry(key) else { continue }
            switch (reference, own) {
            case (.text, .text), (.plural, .plural), (.lines, .lines): break
            default: problems.append("\(language): '\(key)' is not the same kind of entry as in English")
            }
            let wanted = Set(reference.texts.flatMap(Self.placeholders(in:)))
            for text in own.texts {
                let used = Self.placeholders(in: text)
                for name in used.subtracting(wanted).sorted() {
                    problems.append("\(language): '\(key)' uses {\(name)}, which English does not have")
                }
                if case .lines = reference { continue }
                for name in wanted.subtracting(used).sorted() {
                    problems.append("\(language): '\(key)' leaves out {\(name)}")
                }
            }
        }
        return problems
    }

    /// Replaces `{name}` with `values[name]`; unknown placeholders stay as written.
    public static func fill(_ template: String, with values: [String: String]) -> String {
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

    /// The `{name}` placeholders a text uses.
    public static func placeholders(in text: String) -> Set<String> {
        var names: Set<String> = []
        var rest = text[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
