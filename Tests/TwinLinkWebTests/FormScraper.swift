import Foundation

/// What a browser sends for a form of a page: every named input, checked checkbox, selected
/// option and textarea of the form with the given id, as the page fills them.
enum FormScraper {
    static func fields(_ html: String, form id: String) -> [(String, String)] {
        guard let start = html.range(of: "id=\"\(id)\">"),
            let end = html.range(of: "</form>", range: start.upperBound..<html.endIndex)
        else { return [] }
        let form = String(html[start.upperBound..<end.lowerBound])
        var fields: [(Int, String, String)] = []
        for match in matches(#"<input id="[^"]*" type="([a-z-]+)" name="([^"]+)"(?: value="([^"]*)")?([^>]*)>"#, form) {
            let (type, name, value, rest) = (match[1], match[2], match[3], match[4])
            if type == "file" || (type == "checkbox" && !rest.contains(" checked")) { continue }
            fields.append((match.offset, name, unescape(value)))
        }
        for match in matches(#"<select id="[^"]*" name="([^"]+)"[^>]*>(.*?)</select>"#, form) {
            for option in matches(#"<option value="([^"]*)" selected>"#, match[2]) {
                fields.append((match.offset, match[1], unescape(option[1])))
            }
        }
        for match in matches(#"<textarea id="[^"]*" name="([^"]+)"[^>]*>(.*?)</textarea>"#, form) {
            fields.append((match.offset, match[1], unescape(match[2])))
        }
        return fields.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
    }

    /// The field's error message next to it, if any.
    static func error(_ html: String, field name: String) -> String? {
        matches(#"id="[^"]*-\#(name)-error">([^<]*)</p>"#, html).first.map { unescape($0[1]) }
    }

    /// The problems at the top of the page.
    static func problems(_ html: String) -> String {
        matches(#"<div class="problems" role="alert">(.*?)</div>"#, html).first.map { unescape($0[1]) } ?? ""
    }

    private struct Match {
        var offset: Int
        var groups: [String]
        subscript(index: Int) -> String { groups[index] }
    }

    private static func matches(_ pattern: String, _ text: String) -> [Match] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).map { result in
            Match(
                offset: result.range.location,
                groups: (0..<result.numberOfRanges).map { index in
                    Range(result.range(at: index), in: text).map { String(text[$0]) } ?? ""
                })
        }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
