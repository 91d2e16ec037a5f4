public import Foundation

/// Reads one `<language>.json`: a flat JSON object whose keys map to a text, to an object of
/// plural forms (`one`, `few`, `many`, `other`), or to a list of lines. Keys that start with `_` are
/// settings: `_locale` (required) names the formatting locale, such as `pl_PL`; the others are
/// formatting exceptions where Foundation's locale data is not what the language writes.
public struct CatalogueFile: Sendable {
    public var locale: String
    public var entries: [String: CatalogueEntry]
    public var settings: [String: String]

    public static func parse(_ data: Data, file: String) throws(CatalogueProblem) -> CatalogueFile {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw .invalid(file: file, problem: "not valid JSON (\(error.localizedDescription))")
        }
        guard let dictionary = object as? [String: Any] else {
            throw .invalid(file: file, problem: "expected a JSON object of string keys")
        }
        guard let locale = dictionary["_locale"] as? String, !locale.isEmpty else {
            throw .invalid(file: file, problem: "'_locale' is missing; set it to a locale such as en_GB")
        }
        var entries: [String: CatalogueEntry] = [:]
        var settings: [String: String] = [:]
        for (key, value) in dictionary {
            if key.hasPrefix("_") {
                if let text = value as? String { settings[String(key.dropFirst())] = text }
                continue
            }
            guard Self.isValidKey(key) else {
                throw .invalid(
                    file: file, problem: "key '\(key)': use letters, digits, '_' and '-' (a '.' cannot be used)")
            }
            entries[key] = try entry(value, key: key, file: file)
        }
        return CatalogueFile(locale: locale, entries: entries, settings: settings)
    }

    private static func entry(_ value: Any, key: String, file: String) throws(CatalogueProblem) -> CatalogueEntry {
        if let text = value as? String { return .text(text) }
        if let lines = value as? [Any] {
            let texts = lines.compactMap { $0 as? String }
            guard texts.count == lines.count else {
                throw .invalid(file: file, problem: "key '\(key)': a list must hold texts only")
            }
            return .lines(texts)
        }
        if let forms = value as? [String: Any] {
            var plural: [PluralCategory: String] = [:]
            for (name, form) in forms {
                guard let category = PluralCategory(rawValue: name), let text = form as? String else {
                    throw .invalid(
                        file: file, problem: "key '\(key)': plural forms are texts named one, few, many or other")
                }
                plural[category] = text
            }
            guard plural[.other] != nil else {
                throw .invalid(file: file, problem: "key '\(key)': the plural form 'other' is required")
            }
            return .plural(plural)
        }
        throw .invalid(file: file, problem: "key '\(key)': expected a text, plural forms or a list of texts")
    }

    /// Letters, digits, `_` and `-` (the web's keys name registry files such as `reg_partner-cities`);
    /// never a `.`, which a template would read as a path.
    public static func isValidKey(_ key: String) -> Bool {
        !key.isEmpty
            && key.utf8.allSatisfy {
                ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x5F
                    || $0 == 0x2D
            }
    }
}
