import TwinLinkAllocation
import TwinLinkDomain

/// The values `regulations.yaml` holds, each with a parser and the words that say what is expected.
enum RegulationsValues {
    static let yesNo = "yes or no"

    static func bool(_ text: String) -> Bool? { Parse.bool(text) }

    static func wholeNumberRule(_ range: ClosedRange<Int>) -> String {
        "a whole number from \(range.lowerBound) to \(range.upperBound)"
    }

    /// A whole number (an optional minus sign and digits) within `range`.
    static func wholeNumber(in range: ClosedRange<Int>) -> (String) -> Int? {
        { text in
            let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
            guard !digits.isEmpty, digits.count <= 9, digits.allSatisfy(\.isASCIIDigit), let value = Int(text),
                range.contains(value)
            else { return nil }
            return value
        }
    }

    static let seedRule = "a whole number from 0 to 18446744073709551615"

    static func seed(_ text: String) -> UInt64? {
        text.allSatisfy(\.isASCIIDigit) ? UInt64(text) : nil
    }

    static let moneyRule = "an amount with at most two decimals and a currency code, such as 450.00 EUR"

    /// `450.00 EUR`, `1030 EUR`.
    static func money(_ text: String) -> Money? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let currency = CurrencyCode(rawValue: String(parts[1])) else { return nil }
        return Money.parse(String(parts[0]), currency: currency)
    }

    static let deadlineRule = DeadlineRule.rule + ", such as 2026-11-30 or 30 days before start"

    static func deadline(_ text: String) -> DeadlineRule? { DeadlineRule(text: text) }

    static let sizeClassRule = "one of micro, small, medium (a large enterprise is not an SME)"

    static func sizeClass(_ text: String) -> SizeClass? {
        SizeClass(rawValue: text).flatMap { $0.isSME ? $0 : nil }
    }

    static let sectorRule = NACECode.rule

    static func sector(_ text: String) -> NACECode? { NACECode(rawValue: text) }

    static func postcode(_ text: String) -> PostcodePattern? { PostcodePattern(rawValue: text) }

    static let stepRule = "one of \(ProcessingStep.allCases.map(\.rawValue).joined(separator: ", "))"

    static func step(_ text: String) -> ProcessingStep? { ProcessingStep(rawValue: text) }

    static let unusedReservedRule =
        "open_pool (unused reserved seats join the open seats) or keep_empty (they stay empty)"

    static func unusedReserved(_ text: String) -> QuotaRules.UnusedReservedSeats? {
        QuotaRules.UnusedReservedSeats(rawValue: text)
    }

    static let nameRule = "a name of letters, digits, '-' and '_', such as micro-firms"

    /// Names of branch rules and quotas: short words a coordinator can refer to.
    static func name(_ text: String) -> String? {
        guard (1...40).contains(text.count),
            text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { return nil }
        return text
    }

    static func text(_ text: String) -> String? { text.isEmpty ? nil : text }
}
