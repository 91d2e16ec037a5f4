/// Guards CSV cells against formula injection (OWASP "CSV Injection"): a text cell that starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by a spreadsheet
/// that opens the file, so it is prefixed with a single quote and shown as text. Numbers are
/// written by TwinLink itself (a negative amount keeps its minus sign).
enum SpreadsheetFormulaGuard {
    static let triggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The CSV text of `cell`, guarded when it is text.
    static func csv(_ cell: ReportCell) -> String {
        guard case .text(let text) = cell else { return cell.csv }
        return guarded(text)
    }

    /// `text`, prefixed with `'` when its first character starts a formula.
    static func guarded(_ text: String) -> String {
        guard let first = text.first, triggers.contains(first) else { return text }
        return "'" + text
    }
}
