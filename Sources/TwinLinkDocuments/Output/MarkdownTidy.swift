/// Evens out the blank lines that template sections leave in Markdown: no trailing spaces, at
/// most one blank line in a row, no blank lines at the start, one final newline.
enum MarkdownTidy {
    static func tidy(_ text: String) -> String { tidy(utf8: Array(text.utf8)) }

    /// The same, from the UTF-8 bytes a template rendered.
    static func tidy(utf8 bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var blank = true
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let next = end + 1
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            if end == start {
                start = next
                if blank { continue }
                blank = true
            } else {
                blank = false
                out.append(contentsOf: bytes[start..<end])
                start = next
            }
            out.append(0x0A)
        }
        while out.count >= 2, out[out.count - 1] == 0x0A, out[out.count - 2] == 0x0A { out.removeLast() }
        if out.isEmpty { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }
}
