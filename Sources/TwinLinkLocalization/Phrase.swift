import Foundation

/// A text the engine means, as a catalogue key with its arguments, so that each reader gets it in
/// their own language. A `count` chooses the plural form.
public struct Phrase: Hashable, Sendable {
    public var key: String
    public var arguments: [String: String]
    public var count: Int?

    public init(_ key: String, _ arguments: [String: String] = [:], count: Int? = nil) {
        self.key = key
        self.arguments = arguments
        self.count = count
    }
}

/// Reads back the phrase behind a text the engine stored in English (an activity's title, an
/// agenda item, a planning note): the registry keeps the English text, and each document shows
/// it in its reader's language. A text no template matches (a coordinator's own wording) stays
/// as written.
public struct PhraseRecogniser: Sendable {
    /// NSRegularExpression is immutable and documented as safe to share between threads.
    private struct Pattern: @unchecked Sendable {
        let key: String
        let literal: String?
        let regex: NSRegularExpression?
        let names: [String]
    }

    private let patterns: [Pattern]

    /// Recognises the English texts of the keys that start with `prefix` in `english`.
    public init(english: Catalogue, prefix: String) {
        var patterns: [Pattern] = []
        for key in english.allKeys where key.hasPrefix(prefix) {
            guard case .text(let template) = english.ownEntry(key) else { continue }
            var names: [String] = []
            var pattern = "^"
            var rest = template[...]
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                pattern += NSRegularExpression.escapedPattern(for: String(rest[..<open]))
                names.append(String(rest[rest.index(after: open)..<close]))
                pattern += "(.+?)"
                rest = rest[rest.index(after: close)...]
            }
            pattern += NSRegularExpression.escapedPattern(for: String(rest)) + "$"
            patterns.append(
                Pattern(
                    key: key, literal: names.isEmpty ? template : nil,
                    regex: names.isEmpty
                        ? nil : try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]),
                    names: names))
        }
        // Longer templates first, so that a more specific one wins.
        self.patterns = patterns.sorted {
            ($0.literal ?? $0.regex?.pattern ?? "").count > ($1.literal ?? $1.regex?.pattern ?? "").count
        }
    }

    /// The phrase whose English text is `text`, if any.
    public func phrase(for text: String) -> Phrase? {
        for pattern in patterns {
            if let literal = pattern.literal {
                if literal == text { return Phrase(pattern.key) }
                continue
            }
            guard let regex = pattern.regex else { continue }
            let range = NSRange(text.startIndex..., in: text)
            guard let match = regex.firstMatch(in: text, range: range) else { continue }
            var arguments: [String: String] = [:]
            for (index, name) in pattern.names.enumerated() {
                guard let range = Range(match.range(at: index + 1), in: text) else { continue }
                arguments[name] = String(text[range])
            }
            return Phrase(pattern.key, arguments)
        }
        return nil
    }
}
