import TwinLinkApp
import TwinLinkDomain

extension AllocationExplanation.View {
    /// The explanation on a terminal: its lines with the firm's sentence indented, the failed
    /// checks, the seats asked for, any withdrawal and override, then the history as an aligned table.
    var text: String {
        var lines = [heading]
        for (index, line) in self.lines.enumerated() {
            lines.append(index == sentenceIndex ? "  \(line)" : line)
        }
        guard sentenceIndex != nil else { return lines.joined(separator: "\n") + "\n" }
        lines.append(checksHeading)
        lines += checks.map { "  \($0.step): \($0.sentence)" }
        lines.append(seatsLine)
        lines += events
        let table = TextTable(headers: historyHeaders, rows: history, rightAligned: [0])
        return lines.joined(separator: "\n") + "\n\n\(historyHeading)\n" + table.terminalText
    }
}
