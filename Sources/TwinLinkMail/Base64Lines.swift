import Foundation

/// Base64 (RFC 2045 §6.8) for MIME bodies and encoded-words.
enum Base64Lines {
    /// Characters per body line: 76, as RFC 2045 requires at most.
    static let lineLength = 76

    /// The base64 text of `bytes` on one line, for encoded-words.
    static func encode(_ bytes: [UInt8]) -> String {
        Data(bytes).base64EncodedString()
    }

    /// The base64 text of `text`'s UTF-8 bytes in lines of 76 characters, joined by CRLF.
    static func body(_ text: String) -> String {
        Data(text.utf8).base64EncodedString(options: [
            .lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed,
        ])
    }
}
