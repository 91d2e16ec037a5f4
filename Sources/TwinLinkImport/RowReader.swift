import Foundation
import TwinLinkDomain

/// Typed access to one CSV record's fields. Every field that is missing or malformed is reported
/// to the log with its file, line, column and value; the accessor then returns `nil`.
struct RowReader {
    let file: String
    let line: Int
    let values: [String: String]
    let log: IssueLog

    init(file: String, record: CSVTable.Record, log: IssueLog) {
        self.file = file
        self.line = record.line
        self.values = record.values
        self.log = log
    }

    /// The trimmed text of a column, `nil` when empty or absent.
    func raw(_ column: String) -> String? {
        guard let value = values[column]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    func report(_ column: String, _ problem: String) {
        log.report(file, line, field: column, value: values[column] ?? "", problem)
    }

    /// Required text.
    func text(_ column: String) -> String? {
        guard let value = raw(column) else {
            report(column, "a value is required")
            return nil
        }
        return value
    }

    /// A required value parsed by `parse`, reported with `expected` when it does not parse.
    func value<T>(_ column: String, expected: String, _ parse: (String) -> T?) -> T? {
        guard let text = raw(column) else {
            report(column, "a value is required; expected \(expected)")
            return nil
        }
        guard let value = parse(text) else {
            report(column, "expected \(expected)")
            return nil
        }
        return value
    }

    /// An optional value: `.some(nil)` when empty, `nil` when present but malformed.
    func optional<T>(_ column: String, expected: String, _ parse: (String) -> T?) -> T?? {
        guard let text = raw(column) else { return .some(nil) }
        guard let value = parse(text) else {
            report(column, "expected \(expected)")
            return nil
        }
        return .some(value)
    }

    /// A `;`-separated list; each bad element is reported by itself.
    func list<T>(_ column: String, required: Bool, expected: String, _ parse: (String) -> T?) -> [T]? {
        guard let text = raw(column) else {
            if required {
                report(column, "a value is required; expected a ';'-separated list of \(expected)")
                return nil
            }
            return []
        }
        var items: [T] = []
        var ok = true
        for element in text.split(separator: ";", omittingEmptySubsequences: false) {
            let trimmed = element.trimmingCharacters(in: .whitespaces)
            if let item = parse(trimmed) {
                items.append(item)
            } else {
                ok = false
                log.report(
                    file, line, field: column, value: trimmed,
                    trimmed.isEmpty
                        ? "empty list element; separate elements with a single ';'"
                        : "expected \(expected) (the list is separated by ';')")
            }
        }
        return ok ? items : nil
    }

    func id<Entity>(_ column: String = "id", of: Entity.Type = Entity.self) -> Identifier<Entity>? {
        value(column, expected: "an id of \(Identifier<Entity>.rule)", Identifier<Entity>.init(rawValue:))
    }

    func bool(_ column: String) -> Bool? {
        value(column, expected: "yes or no", Parse.bool)
    }

    func money(_ column: String, currency: CurrencyCode = .euro) -> Money? {
        value(column, expected: "an amount in EUR with at most two decimals, such as 1250000.50") {
            Money.parse($0, currency: currency)
        }
    }

    func wholeNumber(_ column: String, in range: ClosedRange<Int>) -> Int? {
        value(column, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)") {
            Int($0).flatMap { range.contains($0) ? $0 : nil }
        }
    }

    func optionalYear(_ column: String) -> Int?? {
        optional(column, expected: "a year such as 1995") { Int($0).flatMap { (1800...2100).contains($0) ? $0 : nil } }
    }

    func optionalURL(_ column: String) -> String?? {
        optional(column, expected: "a web address starting with https:// or http://") {
            ($0.hasPrefix("https://") || $0.hasPrefix("http://")) && !$0.contains(" ") && $0.count > 10 ? $0 : nil
        }
    }

    func optionalText(_ column: String) -> String? { raw(column) }
}

/// Parsers shared by the CSV and YAML readers.
enum Parse {
    static func bool(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "true", "1": true
        case "no", "n", "false", "0": false
        default: nil
        }
    }

    static func country(_ text: String) -> CountryCode? { CountryCode(rawValue: text) }
    static func language(_ text: String) -> LanguageCode? { LanguageCode(rawValue: text) }
    static func nace(_ text: String) -> NACECode? { NACECode(rawValue: text) }
    static func zone(_ text: String) -> TimeZoneID? { TimeZoneID(rawValue: text) }
    static func email(_ text: String) -> EmailAddress? { EmailAddress(rawValue: text) }

    /// Phone numbers: digits, spaces, `+`, `-`, `(`, `)`, `/`, with at least six digits.
    static func phone(_ text: String) -> String? {
        let allowed = Set("0123456789 +-()/")
        guard text.allSatisfy({ allowed.contains($0) }), text.filter(\.isASCIIDigit).count >= 6 else { return nil }
        return text
    }

    /// A percentage 0–100 with at most two decimals, as basis points (hundredths of a percent).
    static func percentBasisPoints(_ text: String) -> Int? {
        guard let money = Money.parse(text, currency: .euro), money.cents <= 10_000 else { return nil }
        return Int(money.cents)
    }

    static func degrees(_ text: String, limit: Double) -> Double? {
        guard let value = Double(text), value.isFinite, abs(value) <= limit,
            text.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "-" })
        else { return nil }
        return value
    }
}
