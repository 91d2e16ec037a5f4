import Foundation
import TwinLinkDomain

/// Formats dates, times, money and names for one reader's locale with Foundation's format styles,
/// with an explicit locale and time zone, never the machine's, so the same input gives the same text.
///
/// A document formats the same few instants many times (every meeting of a slot starts together),
/// so results are cached; an instance serves one document and is not shared between threads.
final class ReaderFormat {
    let locale: Locale
    private var times: [TimeKey: String] = [:]
    private var dates: [DateKey: String] = [:]
    private var calendars: [TimeZoneID: Calendar] = [:]

    init(locale: Locale) {
        self.locale = locale
    }

    private struct TimeKey: Hashable {
        let instant: Date
        let zone: TimeZoneID
    }

    private struct DateKey: Hashable {
        let date: LocalDate
        let style: DateStyle
    }

    enum DateStyle: Hashable {
        /// `Tuesday 4 May 2027`, `wtorek, 4 maja 2027`.
        case full
        /// `Tue 4 May`, `wt., 4 maja`.
        case short
        /// `4 May 2027`, `4 maja 2027`.
        case plain
    }

    /// `09:00` (the locale's hour cycle; a 12-hour locale adds its AM/PM marker).
    func time(_ instant: Date, in zone: TimeZoneID) -> String {
        let key = TimeKey(instant: instant, zone: zone)
        if let cached = times[key] { return cached }
        let style = Date.FormatStyle(locale: locale, calendar: calendar(zone), timeZone: zone.timeZone)
            .hour(.twoDigits(amPM: .abbreviated)).minute(.twoDigits)
        let text = instant.formatted(style)
        times[key] = text
        return text
    }

    /// A calendar day in one of the styles.
    func date(_ date: LocalDate, _ style: DateStyle = .full) -> String {
        let key = DateKey(date: date, style: style)
        if let cached = dates[key] { return cached }
        let utc = TimeZoneID.utc
        let base = Date.FormatStyle(locale: locale, calendar: calendar(utc), timeZone: utc.timeZone)
        let format =
            switch style {
            case .full: base.weekday(.wide).day().month(.wide).year()
            case .short: base.weekday(.abbreviated).day().month(.wide)
            case .plain: base.day().month(.wide).year()
            }
        let text = date.start(in: utc.timeZone).addingTimeInterval(12 * 3600).formatted(format)
        dates[key] = text
        return text
    }

    /// `€1,030.00`, `1030,00 €`: the amount in its currency, by the locale's conventions.
    func money(_ money: Money) -> String {
        let amount = Decimal(money.cents) / 100
        return amount.formatted(.currency(code: money.currency.rawValue).locale(locale))
    }

    /// `Germany`, `Niemcy`.
    func country(_ code: CountryCode) -> String {
        locale.localizedString(forRegionCode: code.rawValue) ?? code.rawValue
    }

    /// `German`, `niemiecki`.
    func language(_ code: LanguageCode) -> String {
        locale.localizedString(forLanguageCode: code.rawValue) ?? code.rawValue
    }

    /// `German, English and Polish`, `niemiecki, angielski i polski`.
    func list(_ items: [String]) -> String {
        items.formatted(.list(type: .and).locale(locale))
    }

    /// `UTC+02:00` at `instant`: fixed digits, independent of the locale.
    func utcOffset(_ zone: TimeZoneID, at instant: Date) -> String {
        let seconds = zone.timeZone.secondsFromGMT(for: instant)
        let minutes = abs(seconds) / 60
        let hours = minutes / 60
        let rest = minutes % 60
        return "UTC" + (seconds < 0 ? "−" : "+") + (hours < 10 ? "0" : "") + String(hours) + ":"
            + (rest < 10 ? "0" : "") + String(rest)
    }

    private func calendar(_ zone: TimeZoneID) -> Calendar {
        if let cached = calendars[zone] { return cached }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone.timeZone
        calendar.locale = locale
        calendars[zone] = calendar
        return calendar
    }
}
