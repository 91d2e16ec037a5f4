/// The text of an iCalendar file as unfolded content lines that remember where they start.
///
/// libical reports problems without line numbers; this map finds the line a problem refers to
/// and catches structural faults that libical accepts silently or turns into a bare `NULL`.
struct ICalendarSource {
    /// One unfolded content line (`NAME;PARAM=...:value`).
    struct ContentLine {
        /// The 1-based line in the file where the content line starts.
        let number: Int
        /// The property name, upper-cased (`DTSTART`, `BEGIN`, ...).
        let name: String
        /// The raw parameter text between the name and the colon, such as `;TZID=Europe/Warsaw`.
        let parameters: String
        /// The raw value after the colon; empty when there is no colon.
        let value: String
        /// The whole unfolded line.
        let text: String
    }

    let lines: [ContentLine]

    init(_ text: String) {
        var lines: [ContentLine] = []
        var pending: (number: Int, text: String)?
        // Character.isNewline covers CRLF (one Character in Swift), LF and CR.
        let physical = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (index, line) in physical.enumerated() {
            if let first = line.first, first == " " || first == "\t", pending != nil {
                pending?.text += line.dropFirst()
                continue
            }
            if let done = pending {
                lines.append(Self.contentLine(done.text, number: done.number))
            }
            pending = line.isEmpty ? nil : (index + 1, String(line))
        }
        if let done = pending {
            lines.append(Self.contentLine(done.text, number: done.number))
        }
        self.lines = lines
    }

    private static func contentLine(_ text: String, number: Int) -> ContentLine {
        var nameEnd = text.endIndex
        var colon: String.Index?
        var inQuotes = false
        for index in text.indices {
            let character = text[index]
            if character == "\"" {
                inQuotes.toggle()
            } else if !inQuotes && (character == ";" || character == ":") {
                if nameEnd == text.endIndex { nameEnd = index }
                if character == ":" {
                    colon = index
                    break
                }
            }
        }
        let name = text[..<nameEnd].uppercased()
        let parameters = colon.map { String(text[nameEnd..<$0]) } ?? String(text[nameEnd...])
        let value = colon.map { String(text[text.index(after: $0)...]) } ?? ""
        return ContentLine(number: number, name: name, parameters: parameters, value: value, text: text)
    }

    /// The first `BEGIN`/`END` fault: an `END` that closes the wrong component, or a component
    /// still open at the end of the text (a truncated file).
    func structuralProblem() -> (line: Int, problem: CalendarReadError.Problem)? {
        var open: [(name: String, line: Int)] = []
        for line in lines {
            let component = line.value.trimmingTrailingWhitespace().uppercased()
            if line.name == "BEGIN" {
                open.append((component, line.number))
            } else if line.name == "END" {
                guard let innermost = open.last else {
                    return (line.number, .mismatchedEnd(expected: nil, found: component))
                }
                guard innermost.name == component else {
                    return (line.number, .mismatchedEnd(expected: innermost.name, found: component))
                }
                open.removeLast()
            }
        }
        if let innermost = open.last {
            return (innermost.line, .unterminatedComponent(innermost.name))
        }
        return nil
    }

    /// The first component that begins outside a VCALENDAR, with its line.
    func componentOutsideCalendar() -> (line: Int, name: String)? {
        var depth = 0
        for line in lines {
            if line.name == "BEGIN" {
                let component = line.value.trimmingTrailingWhitespace().uppercased()
                if depth == 0 && component != "VCALENDAR" {
                    return (line.number, component)
                }
                depth += 1
            } else if line.name == "END" {
                depth -= 1
            }
        }
        return nil
    }

    /// The index ranges of the VEVENT blocks (`BEGIN:VEVENT` through `END:VEVENT`), in the order
    /// their `BEGIN` lines appear, which is the order libical keeps them in.
    func eventBlocks() -> [Range<Int>] {
        var blocks: [Range<Int>] = []
        var openEvents: [(start: Int, slot: Int)] = []
        for (index, line) in lines.enumerated() where line.name == "BEGIN" || line.name == "END" {
            guard line.value.trimmingTrailingWhitespace().uppercased() == "VEVENT" else { continue }
            if line.name == "BEGIN" {
                openEvents.append((index, blocks.count))
                blocks.append(index..<lines.count)
            } else if let open = openEvents.popLast() {
                blocks[open.slot] = open.start..<(index + 1)
            }
        }
        return blocks
    }

    /// The line number of the first content line in `range` (the whole text when `nil`) that
    /// satisfies `predicate`.
    func lineNumber(in range: Range<Int>?, where predicate: (ContentLine) -> Bool) -> Int? {
        lines[range ?? lines.indices].first(where: predicate)?.number
    }

    /// The line an `X-LIC-ERROR` message refers to. libical quotes the whole offending line, or
    /// the property name and the bad value, or the bad parameter.
    func lineNumber(ofParserMessage message: String, in range: Range<Int>?) -> Int? {
        lineNumber(in: range) { line in
            if message.contains(line.text) { return true }
            let parameters = line.parameters.split(separator: ";")
            if parameters.contains(where: { message.hasSuffix(": " + $0) }) { return true }
            guard message.contains(" \(line.name) ") else { return false }
            return line.value.isEmpty ? message.hasSuffix(":") : message.hasSuffix(": " + line.value)
        }
    }
}

extension String {
    fileprivate func trimmingTrailingWhitespace() -> String {
        var result = self
        while let last = result.last, last.isWhitespace {
            result.removeLast()
        }
        return result
    }
}
