import Foundation
import TwinLinkDocuments
import TwinLinkDomain

extension TextTable {
    /// A Markdown table; cells are escaped (`MarkdownEscaper`), so that names show literally.
    func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| "
                + cells.map { MarkdownEscaper.escape($0.replacingOccurrences(of: "\n", with: " ")) }
                .joined(separator: " | ") + " |"
        }
        let rule = "|" + headers.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined()
        return ([line(headers), rule] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
