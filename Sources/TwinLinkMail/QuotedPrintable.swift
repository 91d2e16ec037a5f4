import Foundation

/// Quoted-printable (RFC 2045 §6.7) for text bodies: readable for ASCII, exact for UTF-8.
enum QuotedPrintable {
    /// Encoded lines are at most 76 characters, soft line break `=` included.
    static let lineLength = 76

    /// The quoted-printable form of `text`; its line breaks (LF or CRLF) become CRLF.
    static func encode(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        return lines.map { encodeLine(Array($0.utf8)) }.joined(separator: "\r\n")
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var output: [String] = []
        var current = ""
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            let token = encode(byte, atLineEnd: isLast)
            // Leave room for the soft break `=` unless this is the line's last token.
            let limit = isLast ? lineLength : lineLength - 1
            if current.utf8.count + token.utf8.count > limit {
                output.append(current + "=")
                current = ""
            }
            current += token
        }
        output.append(current)
        return output.joined(separator: "\r\n")
    }

    private static func encode(_ byte: UInt8, atLineEnd: Bool) -> String {
        let isPrintable = (33...126).contains(byte) && byte != UInt8(ascii: "=")
        let isSpace = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
        if isPrintable || (isSpace && !atLineEnd) {
            return String(UnicodeScalar(byte))
        }
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }
}
