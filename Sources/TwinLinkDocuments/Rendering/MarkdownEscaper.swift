/// Escapes user-supplied text so that Markdown shows it literally: no emphasis, links, raw HTML,
/// headings, lists or quotes can come from a firm's profile.
///
/// Inline markup characters are escaped wherever they stand; characters that only matter at the
/// start of a line are escaped there. Line breaks inside a value become Markdown hard breaks
/// (a backslash at the end of the line), so that a multi-line offer stays inside its paragraph or
/// list item. Every character that matters is ASCII, and UTF-8 never uses ASCII bytes inside
/// other characters, so the work is done on bytes.
public enum MarkdownEscaper {
    public static func escape(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for line in lines(of: Array(text.utf8)) {
            if !out.isEmpty { out.append(contentsOf: [0x5C, 0x0A]) }  // "\" + newline: a hard break
            escapeLine(line, into: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A quick scan of the bytes: most names and sentences need no escaping at all.
    private static func needsEscaping(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first else { return false }
        if first == 0x23 || first == 0x2B || first == 0x2D || first == 0x3D || isDigit(first) { return true }
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in utf8 {
            switch byte {
            case 0x0A...0x0D, 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x7E, 0x26, 0x21: return true
            // NEXT LINE (C2 85), LINE and PARAGRAPH SEPARATOR (E2 80 A8/A9) also break lines.
            case 0x85 where previous == 0xC2: return true
            case 0xA8, 0xA9: if previous == 0x80 && beforePrevious == 0xE2 { return true }
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// The non-blank lines, leading blanks removed (four spaces would start a code block).
    private static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        var index = 0
        func finish(_ end: Int) {
            var first = start
            while first < end, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            if first < end { lines.append(bytes[first..<end]) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            var breakLength = 0
            if (0x0A...0x0D).contains(byte) {
                breakLength = 1
            } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 {
                breakLength = 2
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
            {
                breakLength = 3
            }
            if breakLength > 0 {
                finish(index)
                index += breakLength
                start = index
            } else {
                index += 1
            }
        }
        finish(bytes.count)
        return lines
    }

    private static func escapeLine(_ line: ArraySlice<UInt8>, into out: inout [UInt8]) {
        let marker = blockMarkerEnd(line)
        var index = line.startIndex
        while index < line.endIndex {
            let byte = line[index]
            switch byte {
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x7E:  // \ ` * _ [ ] < > | ~
                out.append(0x5C)
            case 0x26 where startsEntity(line, at: index):  // &amp; &#38;
                out.append(0x5C)
            case 0x21 where index + 1 < line.endIndex && line[index + 1] == 0x5B:  // ![
                out.append(0x5C)
            default:
                if index == marker { out.append(0x5C) }
            }
            out.append(byte)
            index += 1
        }
    }

    /// The index of the byte that would make the line start a heading, list item, thematic break
    /// or setext underline (`# `, `- `, `+ `, `1. `, `2) `, `---`, `===`), or `nil`.
    private static func blockMarkerEnd(_ line: ArraySlice<UInt8>) -> Int? {
        guard let first = line.first else { return nil }
        let start = line.startIndex
        let followedByBlank = { (index: Int) in index >= line.endIndex || line[index] == 0x20 }
        switch first {
        case 0x23:  // #
            var end = start
            while end < line.endIndex, line[end] == 0x23 { end += 1 }
            return end - start <= 6 && followedByBlank(end) ? start : nil
        case 0x2D, 0x2B, 0x3D:  // - + =
            if followedByBlank(start + 1) { return start }
            return line.allSatisfy({ $0 == first || $0 == 0x20 }) ? start : nil
        default:
            var end = start
            while end < line.endIndex, isDigit(line[end]) { end += 1 }
            guard (1...9).contains(end - start), end < line.endIndex, line[end] == 0x2E || line[end] == 0x29,
                followedByBlank(end + 1)
            else { return nil }
            return end
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether `&` at `index` begins something a Markdown renderer reads as an entity (`&amp;`, `&#38;`).
    private static func startsEntity(_ line: ArraySlice<UInt8>, at index: Int) -> Bool {
        var cursor = index + 1
        while cursor < line.endIndex {
            let byte = line[cursor]
            let isName =
                isDigit(byte) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x23
            guard isName else { break }
            cursor += 1
        }
        return cursor > index + 1 && cursor < line.endIndex && line[cursor] == 0x3B
    }
}
