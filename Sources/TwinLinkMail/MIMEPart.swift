import Foundation

/// One MIME entity: its header lines and its encoded body, rendered with CRLF line ends.
struct MIMEPart {
    let headers: [String]
    let body: String

    /// Header lines, a blank line, and the body.
    var rendered: String {
        headers.joined(separator: "\r\n") + "\r\n\r\n" + body
    }

    /// The plain-text body: 7bit when ASCII with short lines, quoted-printable otherwise.
    static func text(_ text: String) -> MIMEPart {
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        let type = HeaderEncoding.field("Content-Type", ["text/plain;", "charset=UTF-8"])
        if isSevenBit(normalised) {
            return MIMEPart(
                headers: [type, HeaderEncoding.field("Content-Transfer-Encoding", "7bit")],
                body: normalised.replacingOccurrences(of: "\n", with: "\r\n")
            )
        }
        return MIMEPart(
            headers: [type, HeaderEncoding.field("Content-Transfer-Encoding", "quoted-printable")],
            body: QuotedPrintable.encode(normalised)
        )
    }

    /// The invite shown inline: `text/calendar` with the iTIP method.
    static func calendar(_ ics: String, method: CalendarPartMethod) -> MIMEPart {
        let type = HeaderEncoding.field(
            "Content-Type", ["text/calendar;", "charset=UTF-8;", "method=\(method.rawValue)"])
        return encoded(ics, headers: [type])
    }

    /// The invite as a file to open or save.
    static func attachment(_ ics: String, name: String) -> MIMEPart {
        let headers = [
            HeaderEncoding.field("Content-Type", ["application/ics;", "name=\"\(name)\""]),
            HeaderEncoding.field("Content-Disposition", ["attachment;", "filename=\"\(name)\""]),
        ]
        return encoded(ics, headers: headers)
    }

    /// A multipart entity; `boundary` is lengthened until no part contains it.
    static func multipart(_ subtype: String, _ parts: [MIMEPart], boundary: String) -> MIMEPart {
        var boundary = boundary
        let texts = parts.map { Array($0.rendered.utf8) }
        while texts.contains(where: { contains($0, Array(("--" + boundary).utf8)) }) {
            boundary += "_"
        }
        let type = HeaderEncoding.field("Content-Type", ["multipart/\(subtype);", "boundary=\"\(boundary)\""])
        let body = parts.map { "--\(boundary)\r\n" + $0.rendered + "\r\n" }.joined() + "--\(boundary)--\r\n"
        return MIMEPart(headers: [type], body: body)
    }

    /// Whether `needle` occurs in `text`, byte for byte (a part is ASCII or UTF-8 text; Foundation's
    /// string search, which `String.contains` goes through, was most of the cost of an e-mail).
    static func contains(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= text.count else { return needle.isEmpty }
        var start = 0
        while start <= text.count - needle.count {
            guard let found = text[start...(text.count - needle.count)].firstIndex(of: first) else { return false }
            if text[found..<(found + needle.count)].elementsEqual(needle) { return true }
            start = found + 1
        }
        return false
    }

    /// A calendar body: 7bit when ASCII with short lines, base64 otherwise. The CRLF before the
    /// next delimiter belongs to the delimiter (RFC 2046 §5.1.1), so a 7bit body keeps its own
    /// final CRLF and reads back byte for byte.
    private static func encoded(_ ics: String, headers: [String]) -> MIMEPart {
        if isSevenBit(ics) {
            return MIMEPart(headers: headers + [HeaderEncoding.field("Content-Transfer-Encoding", "7bit")], body: ics)
        }
        return MIMEPart(
            headers: headers + [HeaderEncoding.field("Content-Transfer-Encoding", "base64")],
            body: Base64Lines.body(ics)
        )
    }

    /// ASCII without NUL or bare CR, every line at most 998 octets (RFC 5322 §2.1.1).
    private static func isSevenBit(_ text: String) -> Bool {
        guard text.unicodeScalars.allSatisfy({ $0.isASCII && $0 != "\0" }) else { return false }
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        return lines.allSatisfy { $0.utf8.count <= 998 && !$0.contains("\r") }
    }
}
