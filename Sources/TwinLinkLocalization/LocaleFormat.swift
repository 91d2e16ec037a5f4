public import Foundation

/// Formats dates, times, numbers, money and lists for one language, in one place, with
/// Foundation's locale data and an explicit locale and time zone (never the machine's), so the same
/// input gives the same text.
///
/// Where Foundation's data on Linux is not what the language writes, the catalogue says so in a
/// setting, and the setting wins: `_date_full`, `_date_short`, `_date_plain` (a date pattern such as `EEEE d. MMMM y`), `_time` (a time pattern). The tests name each case.
///
/// Results are cached: an instance serves one document or one batch and is not shared between
/// threads.
public final class LocaleFormat {
    public let locale: Locale
    private let settings: [String: String]
    private var times: [TimeKey: String] = [:]
    private var dates: [DateKey: String] = [:]
    private var calendars: [String: Calendar] = [:]

    public init(locale: Locale, settings: [String: String] = [:]) {
        self.locale = locale
        self.settings = settings
    }

    public convenience init(_ catalogue: Catalogue) {
        self.init(locale: catalogue.locale, settings: catalogue.settings)
    }

    public enum DateStyle: String, Hashable, Sendable, CaseIterable {
        /// `Tuesday, 4 May 2027`, `wtorek, 4 maja 2027`, `úterý 4. května 2027`.
        case full
        /// `Tue 4 May`, `wt., 4 maja`.
        case short
        /// `4 May 2027`, `4 maja 2027` (the month in the genitive where the language needs it).
        case plain
    }

    private struct TimeKey: Hashable {
        let instant: Date
        let zone: String
    }

    private struct DateKey: Hashable {
        let year: Int, month: Int, day: Int
        let style: DateStyle
    }

    /// `09:00` on the clock of `zone` (the locale's hour cycle; a 12-hour locale adds its marker).
    public func time(_ instant: Date, in zone: TimeZone) -> String {
        let key = TimeKey(instant: instant, zone: zone.identifier)
        if let cached = times[key] { return cached }
        let text: String
        if let pattern = settings["time"] {
            text = patterned(pattern, instant, zone)
        } else {
            let style = Date.FormatStyle(locale: locale, calendar: calendar(zone), timeZone: zone)
                .hour(.twoDigits(amPM: .abbreviated)).minute(.twoDigits)
            text = instant.formatted(style)
        }
        times[key] = text
        return text
    }

    /// A calendar day in one of the styles.
    public func date(year: Int, month: Int, day: Int, _ style: DateStyle = .full) -> String {
        let key = DateKey(year: year, month: month, day: day, style: style)
        if let cached = dates[key] { return cached }
        let utc = TimeZone(identifier: "UTC")!
        let noon =
            calendar(utc).date(from: DateComponents(year: year, month: month, day: day, hour: 12))
            ?? Date(timeIntervalSince1970: 0)
        let text: String
        if let pattern = settings["date_" + style.rawValue] {
            text = patterned(pattern, noon, utc)
        } else {
            let base = Date.FormatStyle(locale: locale, calendar: calendar(utc), timeZone: utc)
            let format =
                switch style {
                case .full: base.weekday(.wide).day().month(.wide).year()
                case .short: base.weekday(.abbreviated).day().month(.wide)
                case .plain: base.day().month(.wide).year()
                }
            text = noon.formatted(format)
        }
        dates[key] = text
        return text
    }

    /// `1,234`, `1 234`, `1234` (CLDR's minimum grouping: Polish and Czech leave four digits whole).
    public func number(_ value: Int) -> String {
        value.formatted(.number.locale(locale))
    }

    /// `1,234.5`, `1 234,50`: a value given in units of `10^-places` (`12345` with 1 place is
    /// `1234.5`), with exactly `places` decimals and the locale's separators.
    public func decimal(_ scaled: Int64, places: Int) -> String {
        let amount = Decimal(scaled) / pow(Decimal(10), places)
        return amount.formatted(.number.precision(.fractionLength(places)).locale(locale))
    }

    /// `9.5`, `9,5`, `250`: a value in units of `10^-places` with only the decimals it needs.
    public func quantity(_ scaled: Int64, places: Int) -> String {
        let amount = Decimal(scaled) / pow(Decimal(10), places)
        return amount.formatted(.number.precision(.fractionLength(0...places)).locale(locale))
    }

    /// `€1,030.00`, `1030,00 €`, `24 000,50 Kč`: an amount in minor units of its currency, with the
    /// currency's symbol where the locale puts it, and the locale's separators.
    public func money(cents: Int64, currency: String) -> String {
        let amount = Decimal(cents) / 100
        return amount.formatted(.currency(code: currency).locale(locale))
    }

    /// `a, b and c`, `a, b i c`, `a, b a c`, `a, b és c`, `a, b und c`, `a, b і c`.
    public func list(_ items: [String]) -> String {
        items.formatted(.list(type: .and).locale(locale))
    }

    /// `Germany`, `Niemcy`, `Německo`.
    public func country(_ code: String) -> String {
        locale.localizedString(forRegionCode: code) ?? code
    }

    /// `German`, `niemiecki`, `němčina`.
    public func language(_ code: String) -> String {
        locale.localizedString(forLanguageCode: code) ?? code
    }

    /// `UTC+02:00` at `instant`: fixed digits, independent of the locale.
    public static func utcOffset(_ zone: TimeZone, at instant: Date) -> String {
        let seconds = zone.secondsFromGMT(for: instant)
        let minutes = abs(seconds) / 60
        let hours = minutes / 60
        let rest = minutes % 60
        return "UTC" + (seconds < 0 ? "−" : "+") + (hours < 10 ? "0" : "") + String(hours) + ":"
            + (rest < 10 ? "0" : "") + String(rest)
    }

    /// Whether `lhs` sorts before `rhs` as the language sorts names (`Ł` after `L` in Polish, `Ch`
    /// after `H` in Czech and Slovak), ignoring case, with `tieBreak` deciding equal names.
    public func precedes(_ lhs: String, _ rhs: String, tieBreak: (String, String)) -> Bool {
        switch lhs.compare(rhs, options: [.caseInsensitive, .numeric], range: nil, locale: locale) {
        case .orderedAscending: true
        case .orderedDescending: false
        case .orderedSame: tieBreak.0 < tieBreak.1
        }
    }

    private func patterned(_ pattern: String, _ instant: Date, _ zone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = locale
        formatter.calendar = calendar(zone)
        formatter.timeZone = zone
        formatter.dateFormat = pattern
        return formatter.string(from: instant)
    }

    private func calendar(_ zone: TimeZone) -> Calendar {
        if let cached = calendars[zone.identifier] { return cached }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        calendar.locale = locale
        calendars[zone.identifier] = calendar
        return calendar
    }
}
