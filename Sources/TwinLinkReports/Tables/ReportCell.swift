public import TwinLinkDomain
public import TwinLinkLocalization

/// One value of a report table. The CSV holds it in a plain, language-neutral form for
/// spreadsheets and scripts (`1234.50`, `Total`, `micro`); the HTML shows it for people in the
/// report's language (`1 234,50 Kč`, `Celkem`, `mikropodnik`) and carries the CSV value beside it
/// (`data-value`), which is how the tests check that the two agree.
public enum ReportCell: Hashable, Sendable {
    /// Text as written (a name, an id): the same in the CSV and the HTML.
    case text(String)
    /// A word of the report's own (a total, a kind, a class): `csv` in the CSV, `shown` in the HTML.
    case label(String, shown: String)
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
        case .text(let text), .label(let text, _): text
        case .count(let value): String(value)
        case .percent(let tenths): tenths.map { Self.fixed($0, places: 1) } ?? ""
        case .average(let hundredths): hundredths.map { Self.fixed($0, places: 2) } ?? ""
        case .money(let money): money.plainAmount
        case .hours(let hours): hours.description
        case .date(let date): date.iso
        case .empty: ""
        }
    }

    /// The text people read, as `format`'s locale writes figures, days and money; a dash for no value.
    public func shown(_ format: LocaleFormat) -> String {
        switch self {
        case .text(let text): text
        case .label(_, let shown): shown
        case .count(let value): format.number(value)
        case .percent(let tenths): tenths.map { format.decimal(Int64($0), places: 1) } ?? Self.noValue
        case .average(let hundredths): hundredths.map { format.decimal(Int64($0), places: 2) } ?? Self.noValue
        case .money(let money): format.money(cents: money.cents, currency: money.currency.rawValue)
        case .hours(let hours): format.decimal(hours.hundredths, places: 2)
        case .date(let date): format.date(year: date.year, month: date.month, day: date.day, .plain)
        case .empty: Self.noValue
        }
    }

    /// Whether the column aligns it to the right.
    public var isNumeric: Bool {
        switch self {
        case .text, .label, .date: false
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
        case .text, .label, .date, .empty: 0
        }
    }

    /// `2.5` from 25 tenths.
    static func fixed(_ value: Int, places: Int) -> String {
        let scale = places == 1 ? 10 : 100
        let fraction = String(abs(value) % scale)
        let padded = String(repeating: "0", count: places - fraction.count) + fraction
        return "\(value < 0 ? "-" : "")\(abs(value) / scale).\(padded)"
    }
}
