import Foundation

/// A small, strict reader of the messages these tests make: headers unfolded and RFC 2047
/// words decoded, multipart bodies split at their boundaries, bodies decoded from base64 or
/// quoted-printable. It shares no code with the writer.
struct MIMEEntity {
    /// Header names in lower case, values unfolded and decoded, in order.
    var headers: [(name: String, value: String)]
    /// The raw body as written (still transfer-encoded).
    var rawBody: String
    var parts: [MIMEEntity]

    init(_ text: String) throws {
        guard let split = text.range(of: "\r\n\r\n") else { throw MIMEReadError("no blank line after the headers") }
        let headerText = String(text[..<split.lowerBound])
        rawBody = String(text[split.upperBound...])
        headers = []
        for line in headerText.components(separatedBy: "\r\n") {
            if line.hasPrefix(" ") || line.hasPrefix("\t") {
                guard !headers.isEmpty else { throw MIMEReadError("continuation before the first header") }
                headers[headers.count - 1].value += line
            } else {
                guard let colon = line.firstIndex(of: ":") else { throw MIMEReadError("header without colon: \(line)") }
                headers.append((line[..<colon].lowercased(), String(line[line.index(after: colon)...])))
            }
        }
        headers = try headers.map { ($0.name, try Self.decodeWords(Self.unfold($0.value))) }
        parts = []
        if let boundary = parameter("boundary", of: "content-type"),
            header("content-type")?.hasPrefix("multipart/") == true
        {
            let delimiter = "--" + boundary
            var sections = rawBody.components(separatedBy: "\r\n" + delimiter)
            guard rawBody.hasPrefix(delimiter + "\r\n") else {
                throw MIMEReadError("body does not start with its boundary")
            }
            // "\r\n" is one Character in Swift: drop by UTF-8 length, not by Character count.
            sections[0] = String(decoding: sections[0].utf8.dropFirst(delimiter.utf8.count + 2), as: UTF8.self)
            guard sections.last?.hasPrefix("--") == true else { throw MIMEReadError("no closing boundary") }
            sections.removeLast()
            parts = try sections.enumerated().map { index, section in
                if index == 0 { return try MIMEEntity(section) }
                guard section.hasPrefix("\r\n") else { throw MIMEReadError("text after a boundary on its line") }
                return try MIMEEntity(String(decoding: section.utf8.dropFirst(2), as: UTF8.self))
            }
        }
    }

    func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value.trimmingCharacters(in: .whitespaces)
    }

    /// A parameter of a structured header such as `Content-Type: text/calendar; method=REQUEST`.
    func parameter(_ name: String, of headerName: String) -> String? {
        guard let value = header(headerName) else { return nil }
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == name {
                return pair[1].hasPrefix("\"") ? String(pair[1].dropFirst().dropLast()) : pair[1]
            }
        }
        return nil
    }

    /// The body decoded from its transfer encoding, as UTF-8 text.
    func decodedBody() throws -> String {
        switch header("content-transfer-encoding")?.lowercased() {
        case "base64":
            guard let data = Data(base64Encoded: rawBody, options: .ignoreUnknownCharacters),
                let text = String(data: data, encoding: .utf8)
            else { throw MIMEReadError("bad base64") }
            return text
        case "quoted-printable":
            return try Self.decodeQuotedPrintable(rawBody)
        default:
            return rawBody
        }
    }

    /// The entity and all entities inside it, depth first.
    var allEntities: [MIMEEntity] { [self] + parts.flatMap(\.allEntities) }

    private static func unfold(_ value: String) -> String {
        value.replacingOccurrences(of: "\r\n ", with: " ").replacingOccurrences(of: "\r\n\t", with: " ")
    }

    /// RFC 2047 B and Q words; adjacent words separated only by spaces join without the spaces.
    static func decodeWords(_ value: String) throws -> String {
        let pattern = try NSRegularExpression(pattern: #"=\?([^?]+)\?([BbQq])\?([^?]*)\?=(\s+(?==\?))?"#)
        var result = ""
        var last = value.startIndex
        for match in pattern.matches(in: value, range: NSRange(value.startIndex..., in: value)) {
            let whole = Range(match.range, in: value)!
            result += value[last..<whole.lowerBound]
            let encoding = value[Range(match.range(at: 2), in: value)!].uppercased()
            let payload = String(value[Range(match.range(at: 3), in: value)!])
            let bytes: Data
            if encoding == "B" {
                guard let data = Data(base64Encoded: payload) else {
                    throw MIMEReadError("bad encoded-word \(payload)")
                }
                bytes = data
            } else {
                bytes = Data(try decodeQuotedPrintable(payload.replacingOccurrences(of: "_", with: " ")).utf8)
            }
            guard let text = String(data: bytes, encoding: .utf8) else {
                throw MIMEReadError("encoded-word is not UTF-8")
            }
            result += text
            last = whole.upperBound
        }
        return result + value[last...]
    }

    static func decodeQuotedPrintable(_ text: String) throws -> String {
        var bytes: [UInt8] = []
        let input = Array(text.replacingOccurrences(of: "=\r\n", with: "").utf8)
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
        guard let decoded = String(bytes: bytes, encoding: .utf8) else { throw MIMEReadError("QP text is not UTF-8") }
        return decoded
    }
}

struct MIMEReadError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
