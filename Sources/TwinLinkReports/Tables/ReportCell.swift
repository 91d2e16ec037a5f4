public import TwinLinkDomain

/// One value of a report table. The CSV holds it in a plain form for spreadsheets (`1234.50`);
/// the HTML shows it for people (`1 234.50`), and removing the digit groups' spaces from the
/// HTML text gives back the CSV text exactly, which is how the test checks that they agree.
public enum ReportCell: Hashable, Sendable {
    case text(String)
    case count(Int)
    /// A percentage in tenths; `nil` where it is undefined (nothing to divide by).
    case percent(Int?)
    /// An average in hundredths; `nil` where there is nothing to average.
    case average(Int?)
    case money(Money)
    case hours(WorkHours)
    case date(LocalDate)
    /// No value (a rate on a total row, a cost not recorded).
    case empty

    /// The CSV text: no digit groups, no units.
    public var csv: String {
        switch self {
        case .text(let text): text
        case .count(let value): String(value)
        case .percent(let tenths): tenths.map { Self.fixed($0, places: 1) } ?? ""
        case .average(let hundredths): hundredths.map { Self.fixed($0, places: 2) } ?? ""
        case .money(let money): money.plainAmount
        case .hours(let hours): hours.description
        case .date(let date): date.iso
        case .empty: ""
        }
    }

    /// The text people read: the CSV text with digit groups, and a dash for no value.
    public var display: String {
        switch self {
        case .text(let text): text
        case .count, .money, .hours, .percent, .average:
            csv.isEmpty ? Self.noValue : Self.grouped(csv)
        case .date(let date): date.iso
        case .empty: Self.noValue
        }
    }

    /// Whether the column aligns it to the right.
    public var isNumeric: Bool {
        switch self {
        case .text, .date: false
        case .count, .percent, .average, .money, .hours, .empty: true
        }
    }

    /// Shown for no value: an en dash.
    public static let noValue = "\u{2013}"

    /// The value as a number for charts (`money` in cents, `percent` in tenths); 0 for no value.
    var magnitude: Int64 {
        switch self {
        case .count(let value): Int64(value)
        case .percent(let tenths): Int64(tenths ?? 0)
        case .average(let hundredths): Int64(hundredths ?? 0)
        case .money(let money): money.cents
        case .hours(let hours): hours.hundredths
        case .text, .date, .empty: 0
        }
    }

    /// `2.5` from 25 tenths.
    static func fixed(_ value: Int, places: Int) -> String {
        let scale = places == 1 ? 10 : 100
        let fraction = String(abs(value) % scale)
        let padded = String(repeating: "0", count: places - fraction.count) + fraction
        return "\(value < 0 ? "-" : "")\(abs(value) / scale).\(padded)"
    }

    /// `1 234 567.50` from `1234567.50`: groups of three digits before the decimal point.
    static func grouped(_ plain: String) -> String {
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let digits = String(parts[0])
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(" ") }
            out.append(digit)
        }
        return (negative ? "-" : "") + out + (parts.count == 2 ? "." + parts[1] : "")
    }
}
