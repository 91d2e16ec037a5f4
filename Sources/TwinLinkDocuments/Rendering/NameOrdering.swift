import Foundation

/// Orders names as the reader's language does (`Ł` after `L` in Polish), ignoring case, with a
/// stable tie-break, so that lists come out the same on every machine.
struct NameOrdering {
    let locale: Locale

    func precedes(_ lhs: String, _ rhs: String, tieBreak: (String, String)) -> Bool {
        switch lhs.compare(rhs, options: [.caseInsensitive, .numeric], range: nil, locale: locale) {
        case .orderedAscending: true
        case .orderedDescending: false
        case .orderedSame: tieBreak.0 < tieBreak.1
        }
    }
}
