import Foundation

/// Header text for RFC 5322 messages: RFC 2047 encoded-words for non-ASCII text, quoted strings
/// for display names with special characters, and folding at 78 characters.
enum HeaderEncoding {
    /// The longest line this writer produces, RFC 5322's recommended limit.
    static let lineLimit = 78
    /// UTF-8 bytes per encoded-word: 39 bytes become 52 base64 characters, so a word with its
    /// `=?UTF-8?B?` and `?=` is 64 characters and fits a line after any header name used here.
    private static let bytesPerWord = 39

    /// An unstructured header value (Subject): plain words when ASCII, encoded-words otherwise.
    static func unstructured(_ text: String) -> [String] {
        let oneLine = singleLine(text)
        guard needsEncoding(oneLine) else {
            return oneLine.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
        return encodedWords(oneLine)
    }

    /// A mailbox: `Name <address>`, with the name quoted or encoded where needed.
    static func mailbox(_ mailbox: MailAddress) -> [String] {
        let name = singleLine(mailbox.name).trimmingCharacters(in: .whitespaces)
        let address = "<\(mailbox.address)>"
        if name.isEmpty {
            return [address]
        }
        if needsEncoding(name) {
            return encodedWords(name) + [address]
        }
        if name.allSatisfy(isAtomOrSpace) {
            return name.split(separator: " ").map(String.init) + [address]
        }
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return ["\"\(escaped)\"", address]
    }

    /// `Name: token token ...`, folded before a token that would pass `lineLimit`. Folding
    /// puts CRLF and a space between tokens, which readers unfold back to a single space.
    static func field(_ name: String, _ tokens: [String]) -> String {
        var lines: [String] = []
        var current = name + ":"
        for token in tokens {
            if current.utf8.count + 1 + token.utf8.count > lineLimit && current != name + ":" {
                lines.append(current)
                current = " " + token
            } else {
                current += " " + token
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// A header field whose value is one token that never needs folding.
    static func field(_ name: String, _ value: String) -> String {
        field(name, [value])
    }

    private static func needsEncoding(_ text: String) -> Bool {
        text.unicodeScalars.contains { !$0.isASCII || $0.value < 0x20 || $0.value == 0x7F }
            || text.contains("=?")
    }

    /// Base64 encoded-words of at most `bytesPerWord` bytes each, split between characters so
    /// that every word decodes on its own (RFC 2047 §5).
    private static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > bytesPerWord, !chunk.isEmpty {
                words.append(encodedWord(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty {
            words.append(encodedWord(chunk))
        }
        return words
    }

    private static func encodedWord(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + Base64Lines.encode(bytes) + "?="
    }

    /// RFC 5322 `atext` and spaces: what a display name may hold without quotes.
    private static func isAtomOrSpace(_ character: Character) -> Bool {
        character == " " || character.isASCII && (character.isLetter || character.isNumber)
            || "!#$%&'*+-/=?^_`{|}~".contains(character)
    }

    /// Line breaks and tabs become spaces: a header value is one logical line.
    private static func singleLine(_ text: String) -> String {
        String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }
}
