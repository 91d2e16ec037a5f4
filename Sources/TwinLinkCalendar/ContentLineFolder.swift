/// Folds iCalendar content lines as RFC 5545 §3.1 says, whatever the serialiser did.
///
/// libical 3.0.16 folds a property whose value ends exactly at its fold limit wrongly: a value
/// ending at octet 73 comes out as `…value\r\r\n \n` (the line end split by a fold), one ending at
/// octet 74 as a line followed by an empty continuation line. Clients then keep a trailing CR in
/// the value (a UID no reply can match). `refold` unfolds the text leniently (LF or CRLF ends,
/// stray CRs before a line end, empty continuations) and folds it again: CRLF line ends only, no
/// empty continuation line, at most 75 octets a line, never inside a UTF-8 sequence.
public enum ContentLineFolder {
    /// The longest line RFC 5545 allows, in octets, without the CRLF.
    public static let octetLimit = 75

    /// `text` with every content line folded correctly. A line that the serialiser folded well
    /// keeps its folds (libical prefers to fold after `;`, `:` or a space); empty continuation
    /// lines and stray CRs are dropped; a line with a fold in the wrong place is folded again.
    public static func refold(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + text.utf8.count / 60)
        for segments in contentLines(text) {
            if isWellFolded(segments) {
                output += segments[0]
                for continuation in segments.dropFirst() {
                    output += [0x0D, 0x0A, 0x20]
                    output += continuation
                }
                output += [0x0D, 0x0A]
            } else {
                fold(Array(segments.joined()), into: &output)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The content lines of `text`, each as its physical pieces (continuations without their
    /// leading space or tab). CRs before a line end, empty lines and empty continuations are
    /// dropped. Works on bytes: a Swift `Character` would join CR and LF into one.
    static func contentLines(_ text: String) -> [[ArraySlice<UInt8>]] {
        var lines: [[ArraySlice<UInt8>]] = []
        for physical in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            var piece = ArraySlice(physical)
            while piece.last == 0x0D { piece = piece.dropLast() }
            if let first = piece.first, first == 0x20 || first == 0x09, !lines.isEmpty {
                if piece.count > 1 { lines[lines.count - 1].append(piece.dropFirst()) }
            } else if !piece.isEmpty {
                lines.append([piece])
            }
        }
        return lines
    }

    /// Whether every piece fits (75 octets with the leading space) and holds whole UTF-8 sequences.
    private static func isWellFolded(_ segments: [ArraySlice<UInt8>]) -> Bool {
        for (index, segment) in segments.enumerated() {
            let length = segment.count + (index == 0 ? 0 : 1)
            guard length <= octetLimit, String(validating: segment, as: UTF8.self) != nil else { return false }
        }
        return true
    }

    /// Appends `line` folded: the first physical line holds up to 75 octets, each continuation a
    /// space and up to 74 more; cuts fall between Unicode scalars.
    private static func fold(_ bytes: [UInt8], into output: inout [UInt8]) {
        var used = 0
        for scalar in String(decoding: bytes, as: UTF8.self).unicodeScalars {
            let width = UTF8.width(scalar)
            if used + width > octetLimit {
                output += [0x0D, 0x0A, 0x20]
                used = 1
            }
            output += Array(String(scalar).utf8)
            used += width
        }
        output += [0x0D, 0x0A]
    }
}
