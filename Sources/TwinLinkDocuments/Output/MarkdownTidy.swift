/// Evens out the blank lines that template sections leave in Markdown: no trailing spaces, at
/// most one blank line in a row, no blank lines at the start, one final newline.
enum MarkdownTidy {
    static func tidy(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var blank = true
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var end = line.endIndex
            while end > line.startIndex {
                let last = line[line.index(before: end)]
                guard last == 0x20 || last == 0x09 else { break }
                end = line.index(before: end)
            }
            let trimmed = line[line.startIndex..<end]
            if trimmed.isEmpty {
                if blank { continue }
                blank = true
            } else {
                blank = false
            }
            out.append(contentsOf: trimmed)
            out.append(0x0A)
        }
        while out.count >= 2, out[out.count - 1] == 0x0A, out[out.count - 2] == 0x0A { out.removeLast() }
        if out.isEmpty { out.append(0x0A) }
        return String(decoding: out, as: UTF8.self)
    }
}
