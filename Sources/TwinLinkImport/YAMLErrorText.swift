import Foundation
import Yams

/// YAML syntax errors as one line with the line they are on.
enum YAMLErrorText {
    /// The line and a one-line description of a YAML error, without Yams' context dump (which
    /// echoes the document's bytes, control characters included).
    static func describe(_ error: any Error, text: String) -> (Int, String) {
        guard let error = error as? YamlError else { return (1, visible("\(error)")) }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return (mark.line, visible(problem))
        case .reader(let problem, let offset, let value, let yaml):
            let line = offset.map { yaml.prefix($0).reduce(1) { $0 + ($1.isNewline ? 1 : 0) } } ?? 1
            let character = Unicode.Scalar(UInt32(bitPattern: value)).map { String(format: "U+%04X", $0.value) }
            return (line, visible(problem) + (character.map { " (\($0))" } ?? ""))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let line = duplicates.compactMap { secondLine(ofKey: $0, in: text, mapping: context.mark) }.min()
            return (
                line ?? context.mark.line,
                "the key \(duplicates.map(visible).joined(separator: ", ")) appears twice in one mapping"
            )
        default:
            return (1, visible("\(error)"))
        }
    }

    /// The line where `key` appears the second time in the mapping that starts at `mapping`
    /// (Yams names the mapping, not the key).
    static func secondLine(ofKey key: String, in text: String, mapping: Mark) -> Int? {
        let indent = String(repeating: " ", count: max(0, mapping.column - 1))
        let forms = [key, "\"\(key)\"", "'\(key)'"].map { indent + $0 }
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where index + 1 >= mapping.line {
            let trimmed = line.drop { $0 == "-" && indent.isEmpty }
            guard forms.contains(where: { trimmed.hasPrefix($0 + ":") || trimmed.hasPrefix($0 + " :") }) else {
                continue
            }
            seen += 1
            if seen == 2 { return index + 1 }
        }
        return nil
    }

    /// `text` on one line, with control characters shown as `U+0000`.
    static func visible(_ text: String) -> String {
        var shown = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                shown += " "
            } else if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
                shown += String(format: "U+%04X", scalar.value)
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return shown
    }
}
