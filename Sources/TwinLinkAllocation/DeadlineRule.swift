import Foundation
public import TwinLinkDomain

/// A deadline as the regulations state it: a fixed date, or a number of days before an
/// activity starts (so that one rule serves every activity).
public enum DeadlineRule: Hashable, Sendable, Codable, CustomStringConvertible {
    case on(LocalDate)
    case daysBeforeStart(Int)

    /// The date for an activity whose first day is `start`.
    public func date(forStart start: LocalDate) -> LocalDate {
        switch self {
        case .on(let date): date
        case .daysBeforeStart(let days): start.adding(days: -days)
        }
    }

    /// Parses `2026-11-30` or `45 days before start`.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let date = LocalDate(iso: trimmed) {
            self = .on(date)
            return
        }
        let words = trimmed.split(separator: " ")
        guard words.count == 4, let days = Int(words[0]), days >= 0, words[0].allSatisfy(\.isASCIIDigit),
            words[1] == "days" || (words[1] == "day" && days == 1), words[2] == "before", words[3] == "start"
        else { return nil }
        self = .daysBeforeStart(days)
    }

    public static let rule = "a date YYYY-MM-DD or 'N days before start'"

    public var description: String {
        switch self {
        case .on(let date): date.iso
        case .daysBeforeStart(let days): "\(days) \(days == 1 ? "day" : "days") before start"
        }
    }
}
