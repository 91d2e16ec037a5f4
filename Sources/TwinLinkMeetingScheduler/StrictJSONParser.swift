import Foundation

/// A JSON parser (RFC 8259) that refuses what Foundation's lets through or loses: trailing commas,
/// a key repeated in one object (Foundation keeps one of the values), and it names the line and
/// column of every syntax error, a truncated document included.
///
/// A syntax error ends the parse; repeated keys are collected (the first value is kept) so that
/// the rest of the document is still checked.
struct StrictJSONParser {
    /// A syntax error, located by line and column (1-based; columns count characters).
    struct SyntaxError: Error {
        let line: Int
        let column: Int
        let message: String

        var issue: MeetingInstanceIssue {
            MeetingInstanceIssue(
                path: "$", value: "(the whole document)",
                problem: "not valid JSON: \(message) (line \(line), column \(column))")
        }
    }

    /// How deep arrays and objects may nest; deeper documents are refused instead of overflowing the stack.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var index = 0
    private var depth = 0
    private(set) var duplicates: [MeetingInstanceIssue] = []

    /// Parses `data`; the issues are the repeated keys, with their paths and lines.
    static func parse(_ data: Data) throws(SyntaxError) -> (JSONValue, [MeetingInstanceIssue]) {
        var parser = StrictJSONParser(bytes: [UInt8](data))
        if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        guard String(validating: parser.bytes, as: UTF8.self) != nil else {
            let valid = parser.validPrefixLength()
            throw parser.error("the bytes are not valid UTF-8", at: valid)
        }
        parser.skipWhitespace()
        let value = try parser.value(path: "$")
        parser.skipWhitespace()
        guard parser.index == parser.bytes.count else {
            throw parser.error("unexpected text after the document", at: parser.index)
        }
        return (value, parser.duplicates)
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: - Values

    private mutating func value(path: String) throws(SyntaxError) -> JSONValue {
        guard index < bytes.count else { throw error("the document ends where a value is expected", at: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(path: path)
        case UInt8(ascii: "["): return try array(path: path)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("expected a value, found \(shownCharacter(at: index))", at: index)
        }
    }

    private mutating func object(path: String) throws(SyntaxError) -> JSONValue {
        let opening = index
        try enter(at: opening)
        index += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw unclosed("object", openedAt: opening) }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}") {
                    throw error("a comma before '}' (trailing commas are not JSON)", at: index)
                }
                throw error("expected a key in double quotes, found \(shownCharacter(at: index))", at: index)
            }
            let keyStart = index
            let key = try string()
            skipWhitespace()
            guard index < bytes.count else { throw unclosed("object", openedAt: opening) }
            guard bytes[index] == UInt8(ascii: ":") else {
                throw error("expected ':' after the key \"\(key)\", found \(shownCharacter(at: index))", at: index)
            }
            index += 1
            skipWhitespace()
            let member = try value(path: path + "." + key)
            if members[key] != nil {
                let (line, column) = position(of: keyStart)
                duplicates.append(
                    MeetingInstanceIssue(
                        path: path + "." + key, value: member.shown,
                        problem: "the key \"\(key)\" appears twice in this object (again at line \(line), column "
                            + "\(column)); keep one"))
            } else {
                members[key] = member
            }
            skipWhitespace()
            guard index < bytes.count else { throw unclosed("object", openedAt: opening) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else {
                throw error("expected ',' or '}' in the object, found \(shownCharacter(at: index))", at: index)
            }
            index += 1
            depth -= 1
            return .object(members)
        }
    }

    private mutating func array(path: String) throws(SyntaxError) -> JSONValue {
        let opening = index
        try enter(at: opening)
        index += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            index += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw unclosed("array", openedAt: opening) }
            if bytes[index] == UInt8(ascii: "]") {
                throw error("a comma before ']' (trailing commas are not JSON)", at: index)
            }
            elements.append(try value(path: "\(path)[\(elements.count)]"))
            skipWhitespace()
            guard index < bytes.count else { throw unclosed("array", openedAt: opening) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "]") else {
                throw error("expected ',' or ']' in the array, found \(shownCharacter(at: index))", at: index)
            }
            index += 1
            depth -= 1
            return .array(elements)
        }
    }

    private mutating func string() throws(SyntaxError) -> String {
        let opening = index
        index += 1
        var scalars = String.UnicodeScalarView()
        var segmentStart = index
        func flush(_ end: Int) {
            scalars.append(contentsOf: String(decoding: bytes[segmentStart..<end], as: UTF8.self).unicodeScalars)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flush(index)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 {
                throw error("a control character inside a string; write it as an escape such as \\n", at: index)
            }
            if byte == UInt8(ascii: "\\") {
                flush(index)
                let escapeStart = index
                index += 1
                guard index < bytes.count else { break }
                switch bytes[index] {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    index += 1
                    var code = try hexQuad(escapeStart)
                    if (0xD800...0xDBFF).contains(code) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                            bytes[index + 1] == UInt8(ascii: "u")
                        else { throw error("a lone UTF-16 surrogate in a \\u escape", at: escapeStart) }
                        index += 2
                        let low = try hexQuad(escapeStart)
                        guard (0xDC00...0xDFFF).contains(low) else {
                            throw error("a lone UTF-16 surrogate in a \\u escape", at: escapeStart)
                        }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else {
                        throw error("a lone UTF-16 surrogate in a \\u escape", at: escapeStart)
                    }
                    scalars.append(scalar)
                    segmentStart = index
                    continue
                default:
                    throw error("an unknown escape \\\(shownCharacter(at: index)) in a string", at: escapeStart)
                }
                index += 1
                segmentStart = index
                continue
            }
            index += 1
        }
        throw unclosed("string", openedAt: opening)
    }

    private mutating func hexQuad(_ escapeStart: Int) throws(SyntaxError) -> UInt32 {
        guard index + 4 <= bytes.count else {
            throw error("a \\u escape needs four hexadecimal digits", at: escapeStart)
        }
        var code: UInt32 = 0
        for byte in bytes[index..<(index + 4)] {
            guard let digit = Self.hexDigit(byte) else {
                throw error("a \\u escape needs four hexadecimal digits", at: escapeStart)
            }
            code = code * 16 + digit
        }
        index += 4
        return code
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    private mutating func number() throws(SyntaxError) -> JSONValue {
        let start = index
        if peek(UInt8(ascii: "-")) { index += 1 }
        guard digits() > 0 else { throw error("a number needs digits", at: start) }
        if bytes[start] == UInt8(ascii: "-")
            ? bytes[start + 1] == UInt8(ascii: "0") && index - start > 2
            : bytes[start] == UInt8(ascii: "0") && index - start > 1
        {
            throw error("a number must not start with 0", at: start)
        }
        var isInteger = true
        if peek(UInt8(ascii: ".")) {
            isInteger = false
            index += 1
            guard digits() > 0 else { throw error("a number needs digits after the decimal point", at: start) }
        }
        if peek(UInt8(ascii: "e")) || peek(UInt8(ascii: "E")) {
            isInteger = false
            index += 1
            if peek(UInt8(ascii: "+")) || peek(UInt8(ascii: "-")) { index += 1 }
            guard digits() > 0 else { throw error("a number needs digits in its exponent", at: start) }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        if isInteger, let integer = Int(text) { return .integer(integer) }
        guard let double = Double(text), double.isFinite else {
            throw error("the number \(text) is too large", at: start)
        }
        return .number(double)
    }

    private mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }

    private mutating func literal(_ word: String, _ value: JSONValue) throws(SyntaxError) -> JSONValue {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<(index + expected.count)]) == expected else {
            throw error("expected a value, found \(shownCharacter(at: index))", at: index)
        }
        index += expected.count
        return value
    }

    // MARK: - Helpers

    private mutating func enter(at opening: Int) throws(SyntaxError) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw error("arrays and objects nest deeper than \(Self.maximumDepth) levels", at: opening)
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    private mutating func skipWhitespace() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private func shownCharacter(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the document" }
        let byte = bytes[offset]
        guard byte >= 0x20, byte < 0x7F else { return String(format: "the byte 0x%02X", byte) }
        return "'\(Character(Unicode.Scalar(byte)))'"
    }

    private func unclosed(_ what: String, openedAt opening: Int) -> SyntaxError {
        let (line, column) = position(of: opening)
        return error(
            "the document ends inside the \(what) opened at line \(line), column \(column); the file looks truncated",
            at: bytes.count)
    }

    private func error(_ message: String, at offset: Int) -> SyntaxError {
        let (line, column) = position(of: offset)
        return SyntaxError(line: line, column: column, message: message)
    }

    /// The 1-based line and column of a byte offset; columns count characters, not bytes.
    private func position(of offset: Int) -> (Int, Int) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    /// The offset of the first byte that is not valid UTF-8.
    private func validPrefixLength() -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }
}
