import Foundation

extension CalendarEvent {
    /// Whether a holiday calendar lists this day as an observance rather than a public holiday:
    /// Google's "Holidays in …" calendars write `DESCRIPTION:Observance` (then how to hide
    /// observances) for Carnival Monday, Mother's Day or Christmas Eve, and `DESCRIPTION:Public
    /// holiday` for days off; `CATEGORIES:Observance` is read the same way.
    public var isObservance: Bool {
        let firstLine = (description ?? "").split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let text = firstLine.trimmingCharacters(in: .whitespaces).lowercased()
        return text == "observance" || text.hasPrefix("observance ") || text.hasPrefix("observance.")
            || categories.contains { $0.lowercased() == "observance" }
    }
}
