import Foundation

/// Reads generated iCalendar text the plain way, without libical, to check its shape.
enum ICSInspection {
    /// Physical lines, split at CRLF; the text must not hold a bare LF or CR.
    static func physicalLines(_ text: String) -> [Substring] {
        var lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Logical content lines: continuation lines (starting with a space) joined to the line before.
    static func contentLines(_ text: String) -> [String] {
        var result: [String] = []
        for line in physicalLines(text) {
            if line.hasPrefix(" "), !result.isEmpty {
                result[result.count - 1] += line.dropFirst()
            } else {
                result.append(String(line))
            }
        }
        return result
    }

    /// Content lines whose property name is `name` (`DTSTART`, `ATTENDEE`, ...).
    static func lines(named name: String, in text: String) -> [String] {
        contentLines(text).filter { $0.hasPrefix(name + ":") || $0.hasPrefix(name + ";") }
    }

    /// The TZID values of a component's `TZID:` lines (VTIMEZONE) in the text.
    static func vtimezoneIDs(in text: String) -> [String] {
        contentLines(text).filter { $0.hasPrefix("TZID:") }.map { String($0.dropFirst("TZID:".count)) }
    }
}
