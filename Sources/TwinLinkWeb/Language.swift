import Foundation

/// The languages of the web's pages: every language the project has catalogues for. The switch on
/// each page offers those the programme lists (`programme.yaml`'s `languages`), English always.
public enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case polish = "pl"
    case czech = "cs"
    case slovak = "sk"
    case hungarian = "hu"
    case german = "de"
    case ukrainian = "uk"

    /// Its own name, for the language switch.
    var name: String {
        switch self {
        case .english: "English"
        case .polish: "Polski"
        case .czech: "Čeština"
        case .slovak: "Slovenčina"
        case .hungarian: "Magyar"
        case .german: "Deutsch"
        case .ukrainian: "Українська"
        }
    }

    /// The languages a programme offers that the web has, in the programme's order, English last
    /// when the programme does not list it (the reference every page falls back to); every language
    /// before a registry is imported.
    static func offered(by codes: [String]?) -> [Language] {
        guard let codes else { return allCases }
        var languages = codes.compactMap(Language.init(rawValue:))
        if !languages.contains(.english) { languages.append(.english) }
        var seen: Set<Language> = []
        return languages.filter { seen.insert($0).inserted }
    }

    /// The best of `offered` for an `Accept-Language` header (`cs-CZ,cs;q=0.9,en;q=0.5`), by
    /// quality then order; `nil` when none matches.
    static func preferred(_ header: String?, among offered: [Language]) -> Language? {
        guard let header, !header.isEmpty else { return nil }
        var best: (language: Language, quality: Double, index: Int)?
        for (index, part) in header.split(separator: ",").enumerated() {
            let pieces = part.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = pieces.first?.lowercased(), !tag.isEmpty else { continue }
            let primary = String(tag.split(separator: "-").first ?? "")
            guard let language = Language(rawValue: primary), offered.contains(language) else { continue }
            var quality = 1.0
            for piece in pieces.dropFirst() where piece.hasPrefix("q=") {
                quality = Double(piece.dropFirst(2)) ?? 0
            }
            guard quality > 0 else { continue }
            if best == nil || quality > best!.quality { best = (language, quality, index) }
        }
        return best?.language
    }
}
