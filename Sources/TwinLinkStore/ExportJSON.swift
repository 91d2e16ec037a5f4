import Foundation

/// A JSON value as the export format needs it: integers and reals kept apart (a real is always
/// written with a `.` or an exponent), object keys in order of appearance, so that a database
/// value goes to JSON and back without changing its SQLite type or its bits.
indirect enum ExportJSON: Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int64)
    case real(Double)
    case string(String)
    case array([ExportJSON])
    case object([(key: String, value: ExportJSON)])

    static func == (lhs: ExportJSON, rhs: ExportJSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.integer(let a), .integer(let b)): a == b
        case (.real(let a), .real(let b)): a.bitPattern == b.bitPattern
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.elementsEqual(b) { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }

    /// What kind of value this is, for messages.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .integer: "an integer"
        case .real: "a real number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The value of `key` in an object.
    subscript(key: String) -> ExportJSON? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    // MARK: - Writing

    /// Pretty-printed with two-space indentation, keys in the order given, a final newline.
    func data() -> Data {
        var bytes: [UInt8] = []
        write(into: &bytes, indent: 0)
        bytes.append(0x0A)
        return Data(bytes)
    }

    /// On one line, for messages: `["a", "b"]`, `{"id": 5}`.
    var compact: String {
        switch self {
        case .array(let items): "[" + items.map(\.compact).joined(separator: ", ") + "]"
        case .object(let members):
            "{" + members.map { ExportJSON.string($0.key).compact + ": " + $0.value.compact }.joined(separator: ", ")
                + "}"
        default: String(decoding: data().dropLast(), as: UTF8.self)
        }
    }

    /// Writes the value as `data()` does (without the final newline), its first line not indented
    /// (the caller wrote the indentation), the following ones by `indent` spaces.
    func write(into bytes: inout [UInt8], indent: Int) {
        switch self {
        case .null: Self.append("null", to: &bytes)
        case .bool(let value): Self.append(value ? "true" : "false", to: &bytes)
        case .integer(let value): Self.append(String(value), to: &bytes)
        case .real(let value): Self.append(Self.realText(value), to: &bytes)
        case .string(let value): Self.writeString(value, into: &bytes)
        case .array(let items):
            var list = ListWriter(open: "[", close: "]", indent: indent)
            for item in items {
                list.next(into: &bytes)
                item.write(into: &bytes, indent: indent + 2)
            }
            list.end(into: &bytes)
        case .object(let members):
            var list = ListWriter(open: "{", close: "}", indent: indent)
            for member in members {
                list.next(into: &bytes)
                Self.writeString(member.key, into: &bytes)
                Self.append(": ", to: &bytes)
                member.value.write(into: &bytes, indent: indent + 2)
            }
            list.end(into: &bytes)
        }
    }

    /// Writes an array's or object's items one at a time, as `write(into:indent:)` lays them out
    /// (an empty one as `[]` or `{}`), without knowing in advance how many there are: so a long
    /// table can be written row by row.
    struct ListWriter {
        let open: UInt8
        let close: UInt8
        let indent: Int
        private var count = 0

        init(open: Unicode.Scalar, close: Unicode.Scalar, indent: Int) {
            self.open = UInt8(ascii: open)
            self.close = UInt8(ascii: close)
            self.indent = indent
        }

        /// Starts the next item: the caller then writes it.
        mutating func next(into bytes: inout [UInt8]) {
            if count == 0 {
                bytes.append(open)
                bytes.append(0x0A)
            } else {
                bytes.append(UInt8(ascii: ","))
                bytes.append(0x0A)
            }
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
            count += 1
        }

        mutating func end(into bytes: inout [UInt8]) {
            if count == 0 {
                bytes.append(open)
            } else {
                bytes.append(0x0A)
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
            }
            bytes.append(close)
        }
    }

    /// The shortest text that reads back to the same bits, always with a `.` or an exponent.
    static func realText(_ value: Double) -> String {
        let text = "\(value)"
        return text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) ? text : text + ".0"
    }

    private static func append(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A JSON string: `"`, `\`, newline, return, tab, backspace and form feed escaped by name, the
    /// other control characters (and DEL) as `\u00XX`, everything else as its UTF-8 bytes.
    static func writeString(_ value: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"", to: &bytes)
            case UInt8(ascii: "\\"): append("\\\\", to: &bytes)
            case 0x0A: append("\\n", to: &bytes)
            case 0x0D: append("\\r", to: &bytes)
            case 0x09: append("\\t", to: &bytes)
            case 0x08: append("\\b", to: &bytes)
            case 0x0C: append("\\f", to: &bytes)
            case 0..<0x20, 0x7F:
                let hex = Array("0123456789abcdef".utf8)
                append("\\u00", to: &bytes)
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    // MARK: - Reading

    /// A syntax error, at a line and column (both from 1).
    struct SyntaxError: Error, Equatable {
        var line: Int
        var column: Int
        var message: String
    }

    /// Reads strict JSON (RFC 8259): no trailing commas, no duplicate keys, no comments, one value.
    static func parse(_ data: Data) throws(SyntaxError) -> ExportJSON {
        var parser = Parser(bytes: [UInt8](data))
        parser.skipWhitespace()
        let value = try parser.value(depth: 0)
        parser.skipWhitespace()
        guard parser.position == parser.bytes.count else { throw parser.error("unexpected text after the document") }
        return value
    }

    private struct Parser {
        let bytes: [UInt8]
        var position = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        func error(_ message: String, at offset: Int? = nil) -> SyntaxError {
            let end = min(offset ?? position, bytes.count)
            var line = 1
            var lineStart = 0
            for index in 0..<end where bytes[index] == 0x0A {
                line += 1
                lineStart = index + 1
            }
            let column = String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
            return SyntaxError(line: line, column: column, message: message)
        }

        mutating func skipWhitespace() {
            while position < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[position]) { position += 1 }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> ExportJSON {
            guard depth < 64 else { throw error("nested too deeply") }
            guard position < bytes.count else { throw error("the document ends where a value was expected") }
            switch bytes[position] {
            case UInt8(ascii: "{"): return try object(depth: depth)
            case UInt8(ascii: "["): return try array(depth: depth)
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "t"): return try literal("true", .bool(true))
            case UInt8(ascii: "f"): return try literal("false", .bool(false))
            case UInt8(ascii: "n"): return try literal("null", .null)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            default: throw error("expected a value")
            }
        }

        mutating func literal(_ word: String, _ value: ExportJSON) throws(SyntaxError) -> ExportJSON {
            let expected = Array(word.utf8)
            guard bytes.count - position >= expected.count,
                Array(bytes[position..<position + expected.count]) == expected
            else { throw error("expected a value") }
            position += expected.count
            return value
        }

        mutating func object(depth: Int) throws(SyntaxError) -> ExportJSON {
            position += 1
            var members: [(key: String, value: ExportJSON)] = []
            var keys: Set<String> = []
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                    throw error("expected a key in quotes")
                }
                let keyStart = position
                let key = try string()
                guard keys.insert(key).inserted else { throw error("the key \"\(key)\" appears twice", at: keyStart) }
                skipWhitespace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                    throw error("expected ':' after the key")
                }
                position += 1
                skipWhitespace()
                members.append((key, try value(depth: depth + 1)))
                skipWhitespace()
                guard position < bytes.count else { throw error("the document ends inside an object") }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                } else if bytes[position] == UInt8(ascii: "}") {
                    position += 1
                    return .object(members)
                } else {
                    throw error("expected ',' or '}'")
                }
            }
        }

        mutating func array(depth: Int) throws(SyntaxError) -> ExportJSON {
            position += 1
            var items: [ExportJSON] = []
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(items)
            }
            while true {
                skipWhitespace()
                items.append(try value(depth: depth + 1))
                skipWhitespace()
                guard position < bytes.count else { throw error("the document ends inside an array") }
                if bytes[position] == UInt8(ascii: ",") {
                    position += 1
                } else if bytes[position] == UInt8(ascii: "]") {
                    position += 1
                    return .array(items)
                } else {
                    throw error("expected ',' or ']'")
                }
            }
        }

        mutating func string() throws(SyntaxError) -> String {
            let start = position
            position += 1
            var scalars = String.UnicodeScalarView()
            var runStart = position
            func flush(_ end: Int) throws(SyntaxError) {
                guard runStart < end else { return }
                guard let run = String(validating: bytes[runStart..<end], as: UTF8.self) else {
                    throw error("a string that is not valid UTF-8", at: runStart)
                }
                scalars.append(contentsOf: run.unicodeScalars)
            }
            while true {
                guard position < bytes.count else { throw error("a string that is never closed", at: start) }
                let byte = bytes[position]
                if byte == UInt8(ascii: "\"") {
                    try flush(position)
                    position += 1
                    return String(scalars)
                }
                if byte < 0x20 { throw error("a control character inside a string: write it as an escape") }
                if byte != UInt8(ascii: "\\") {
                    position += 1
                    continue
                }
                try flush(position)
                position += 1
                guard position < bytes.count else { throw error("a string that is never closed", at: start) }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard bytes.count - position >= 6, bytes[position] == UInt8(ascii: "\\"),
                            bytes[position + 1] == UInt8(ascii: "u")
                        else { throw error("a lone surrogate in a \\u escape") }
                        position += 2
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error("a lone surrogate in a \\u escape") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error("a lone surrogate in a \\u escape") }
                    scalars.append(scalar)
                default: throw error("an unknown escape in a string", at: position - 2)
                }
                runStart = position
            }
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            guard bytes.count - position >= 4,
                let code = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
            else { throw error("expected four hex digits after \\u") }
            position += 4
            return code
        }

        mutating func number() throws(SyntaxError) -> ExportJSON {
            let start = position
            var isReal = false
            if bytes[position] == UInt8(ascii: "-") { position += 1 }
            let digitsStart = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            guard position > digitsStart else { throw error("a number without digits", at: start) }
            if bytes[digitsStart] == UInt8(ascii: "0"), position - digitsStart > 1 {
                throw error("a number with a leading zero", at: start)
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
                isReal = true
                position += 1
                let fraction = position
                while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                    position += 1
                }
                guard position > fraction else { throw error("a number without digits after '.'", at: start) }
            }
            if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
                isReal = true
                position += 1
                if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
                {
                    position += 1
                }
                let exponent = position
                while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                    position += 1
                }
                guard position > exponent else { throw error("a number without digits in its exponent", at: start) }
            }
            let text = String(decoding: bytes[start..<position], as: UTF8.self)
            if isReal {
                guard let value = Double(text), value.isFinite else {
                    throw error("the number \(text) is out of range", at: start)
                }
                return .real(value)
            }
            guard let value = Int64(text) else {
                throw error("the integer \(text) is out of range (64-bit)", at: start)
            }
            return .integer(value)
        }
    }
}
