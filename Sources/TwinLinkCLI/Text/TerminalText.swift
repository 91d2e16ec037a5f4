import Foundation
import TwinLinkDomain

/// What the command line prints to a terminal, made safe: every character that a terminal would
/// act on rather than show is written visibly as `\u{…}` (its code point in hex), so that a firm
/// name, an event title or a file name from the registry can neither recolour, move or clear the
/// screen (C0 and C1 controls, ESC starting an ANSI sequence) nor reorder what follows it (bidi
/// embeddings, overrides and isolates, such as U+202E RIGHT-TO-LEFT OVERRIDE). Line feeds stay line
/// feeds. The one function every text the command line prints goes through: standard output
/// through `print`, standard error through `standardError`, and each table cell before the columns
/// are laid out (`TextTable.terminalText`), so that an escaped cell keeps its column aligned.
enum TerminalText {
    /// `text` with every unsafe character escaped; the same text where there is none.
    static func safe(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 16)
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 2) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// C0 controls but the line feed, DEL, C1 controls, the line and paragraph separators, and the
    /// bidirectional formatting characters (marks, embeddings, overrides, isolates).
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

extension TextTable {
    /// The table for a terminal: every header and cell made safe before the columns are measured.
    var terminalText: String {
        var safe = self
        safe.headers = headers.map(TerminalText.safe)
        safe.rows = rows.map { $0.map(TerminalText.safe) }
        return safe.render()
    }
}

/// Standard output for people: `text` made terminal-safe, then a line feed (or `terminator`).
/// Shadows `Swift.print` in this module, so that no text the command line prints bypasses it.
func print(_ text: String = "", terminator: String = "\n") {
    Swift.print(TerminalText.safe(text), terminator: terminator)
}
