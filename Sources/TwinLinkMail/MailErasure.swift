import Foundation

/// Erasure inside stored e-mails (the regulations' right to erasure): a person's address and
/// name must not survive in a message the programme keeps, also where MIME hides them — in
/// base64 or quoted-printable bodies, in RFC 2047 encoded-words of headers, or split by a
/// calendar's line folding. Two ways, chosen by the caller:
/// - ``notice(replacing:recipient:erasedOn:)``: a message *to* the erased person is replaced
///   whole by a short notice (its date and id kept), since all of it was about them;
/// - ``scrub(_:replacing:)``: any other message is decoded part by part, the texts replaced,
///   and each part encoded again as it was (same transfer encoding; calendar lines folded again).
public enum MailErasure {
    /// The notice that replaces a message sent to an erased person: its `Date` and `Message-ID`
    /// are kept (when it was sent stays on record), nothing else of it.
    public static func notice(replacing message: String, recipient: String, erasedOn day: String) -> String {
        let (headers, _) = split(message)
        let kept = unfoldedHeaders(headers).filter {
            let name = $0.prefix { $0 != ":" }.lowercased()
            return name == "date" || name == "message-id"
        }
        return
            (kept + [
                "To: <\(recipient)>", "Subject: Erased at the person's request",
                "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 7bit",
            ]).joined(separator: "\r\n") + "\r\n\r\n"
            + "This e-mail went to a person whose data the programme erased at their request on \(day).\r\n"
            + "Its content is not kept.\r\n"
    }

    /// `message` with every `(text, replacement)` pair replaced (without regard to case) in its
    /// headers and in every part's decoded body; a message without any of the texts is returned
    /// unchanged, byte for byte.
    public static func scrub(_ message: String, replacing pairs: [(text: String, replacement: String)]) -> String {
        let pairs = pairs.filter { !$0.text.isEmpty }
        return entity(message, pairs: pairs)
    }

    // MARK: - Entities

    private static func entity(_ text: String, pairs: [(text: String, replacement: String)]) -> String {
        let (headerBlock, body) = split(text)
        let headers = unfoldedHeaders(headerBlock)
        let contentType = value(of: "content-type", in: headers) ?? "text/plain"
        let encoding = value(of: "content-transfer-encoding", in: headers)?.lowercased() ?? "7bit"
        let newHeaders = headerBlockScrubbed(headerBlock, headers: headers, pairs: pairs)
        let newBody: String
        if contentType.lowercased().hasPrefix("multipart/"), let boundary = parameter("boundary", of: contentType) {
            newBody = multipart(body, boundary: boundary, pairs: pairs)
        } else {
            newBody = leaf(
                body, encoding: encoding,
                calendar: contentType.lowercased().contains("calendar")
                    || contentType.lowercased().contains("application/ics"), pairs: pairs)
        }
        if newHeaders == headerBlock && newBody == body { return text }
        return newHeaders + "\r\n\r\n" + newBody
    }

    private static func multipart(
        _ body: String, boundary: String, pairs: [(text: String, replacement: String)]
    ) -> String {
        let delimiter = "--" + boundary
        var pieces = body.components(separatedBy: delimiter)
        // pieces[0] is the preamble; the last one starts with "--" (the close delimiter).
        for index in pieces.indices.dropFirst() where !pieces[index].hasPrefix("--") {
            let piece = pieces[index]
            // "\r\n" + part + "\r\n": the CRLFs around a part belong to the delimiters.
            guard piece.hasPrefix("\r\n"), piece.hasSuffix("\r\n") else { continue }
            // By scalars: "\r\n" is one Character.
            let part = String(String.UnicodeScalarView(piece.unicodeScalars.dropFirst(2).dropLast(2)))
            pieces[index] = "\r\n" + entity(part, pairs: pairs) + "\r\n"
        }
        return pieces.joined(separator: delimiter)
    }

    private static func leaf(
        _ body: String, encoding: String, calendar: Bool, pairs: [(text: String, replacement: String)]
    ) -> String {
        switch encoding {
        case "base64":
            let compact = body.filter { !$0.isWhitespace }
            guard let data = Data(base64Encoded: compact), let text = String(data: data, encoding: .utf8) else {
                return body
            }
            let scrubbed = calendar ? calendarText(text, pairs: pairs) : replace(text, pairs)
            guard scrubbed != text else { return body }
            return Base64Lines.body(scrubbed) + (body.hasSuffix("\r\n") ? "\r\n" : "")
        case "quoted-printable":
            let text = decodeQuotedPrintable(body)
            let scrubbed = calendar ? calendarText(text, pairs: pairs) : replace(text, pairs)
            guard scrubbed != text else { return body }
            return QuotedPrintable.encode(scrubbed)
        default:
            return calendar ? calendarText(body, pairs: pairs) : replace(body, pairs)
        }
    }

    /// An iCalendar text: unfolded (RFC 5545 §3.1), replaced, folded again at 75 octets.
    private static func calendarText(_ text: String, pairs: [(text: String, replacement: String)]) -> String {
        let unfolded = text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
        let replaced = replace(unfolded, pairs)
        guard replaced != unfolded else { return text }
        return replaced.components(separatedBy: "\r\n").map(fold).joined(separator: "\r\n")
    }

    /// One content line in lines of at most 75 octets, never inside a UTF-8 sequence.
    private static func fold(_ line: String) -> String {
        var lines: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = lines.isEmpty ? 75 : 74
            if octets + size > limit {
                lines.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        lines.append(current)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : " " + $0.element }.joined(separator: "\r\n")
    }

    // MARK: - Headers

    /// The header block and the body, split at the first empty line.
    private static func split(_ text: String) -> (headers: String, body: String) {
        guard let range = text.range(of: "\r\n\r\n") else { return (text, "") }
        return (String(text[..<range.lowerBound]), String(text[range.upperBound...]))
    }

    private static func unfoldedHeaders(_ block: String) -> [String] {
        var headers: [String] = []
        for line in block.components(separatedBy: "\r\n") {
            if let first = line.first, first == " " || first == "\t", !headers.isEmpty {
                headers[headers.count - 1] += line
            } else {
                headers.append(line)
            }
        }
        return headers
    }

    private static func value(of name: String, in headers: [String]) -> String? {
        headers.first { $0.prefix { $0 != ":" }.lowercased() == name }.map {
            String($0.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces)
        }
    }

    private static func parameter(_ name: String, of value: String) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            let parts = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count == 2, parts[0].lowercased() == name {
                return parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            }
        }
        return nil
    }

    /// Headers whose decoded value (encoded-words decoded) holds a text are written again:
    /// an unstructured value with encoded-words where needed; the others stay as they were.
    private static func headerBlockScrubbed(
        _ block: String, headers: [String], pairs: [(text: String, replacement: String)]
    ) -> String {
        var changed = false
        let lines = headers.map { header -> String in
            let name = String(header.prefix { $0 != ":" })
            let raw = String(header.drop { $0 != ":" }.dropFirst()).trimmingCharacters(in: .whitespaces)
            let decoded = decodeEncodedWords(raw)
            let replaced = replace(decoded, pairs)
            guard replaced != decoded else { return header }
            changed = true
            return HeaderEncoding.field(name, HeaderEncoding.unstructured(replaced))
        }
        return changed ? lines.joined(separator: "\r\n") : block
    }

    /// `=?UTF-8?B?…?=` and `=?UTF-8?Q?…?=` words decoded; white space between two encoded-words dropped.
    static func decodeEncodedWords(_ value: String) -> String {
        let pattern = #"=\?([^?]+)\?([BbQq])\?([^?]*)\?="#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return value }
        let source = value as NSString
        var output = ""
        var last = 0
        var previousWasWord = false
        for match in regex.matches(in: value, range: NSRange(location: 0, length: source.length)) {
            let between = source.substring(with: NSRange(location: last, length: match.range.location - last))
            if !(previousWasWord && between.allSatisfy(\.isWhitespace)) { output += between }
            let kind = source.substring(with: match.range(at: 2)).uppercased()
            let payload = source.substring(with: match.range(at: 3))
            let bytes: Data?
            if kind == "B" {
                bytes = Data(base64Encoded: payload)
            } else {
                bytes = decodeQuotedPrintable(payload.replacingOccurrences(of: "_", with: " ")).data(using: .utf8)
            }
            output += bytes.flatMap { String(data: $0, encoding: .utf8) } ?? source.substring(with: match.range)
            last = match.range.location + match.range.length
            previousWasWord = true
        }
        output += source.substring(from: last)
        return output
    }

    /// Quoted-printable decoded to UTF-8 text (soft line breaks joined).
    static func decodeQuotedPrintable(_ text: String) -> String {
        var bytes: [UInt8] = []
        let input = Array(
            text.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "=\n", with: "").utf8)
        var index = 0
        while index < input.count {
            if input[index] == UInt8(ascii: "="), index + 2 < input.count,
                let value = UInt8(String(decoding: input[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(input[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func replace(_ text: String, _ pairs: [(text: String, replacement: String)]) -> String {
        pairs.reduce(text) { $0.replacingOccurrences(of: $1.text, with: $1.replacement, options: .caseInsensitive) }
    }
}
