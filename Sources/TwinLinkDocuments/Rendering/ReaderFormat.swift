import Foundation
import TwinLinkDomain
import TwinLinkLocalization

/// Formats dates, times, money and names for one reader's locale: the domain's values handed to
/// `LocaleFormat`, the one place where TwinLink formats for a locale.
///
/// An instance serves one document and is not shared between threads (its format caches).
final class ReaderFormat {
    let base: LocaleFormat
    var locale: Locale { base.locale }

    init(locale: Locale, settings: [String: String] = [:]) {
        base = LocaleFormat(locale: locale, settings: settings)
    }

    convenience init(_ catalogue: StringCatalogue) {
        self.init(locale: catalogue.locale, settings: catalogue.texts.settings)
    }

    typealias DateStyle = LocaleFormat.DateStyle

    /// `09:00` (the locale's hour cycle; a 12-hour locale adds its AM/PM marker).
    func time(_ instant: Date, in zone: TimeZoneID) -> String { base.time(instant, in: zone.timeZone) }

    /// A calendar day in one of the styles.
    func date(_ date: LocalDate, _ style: DateStyle = .full) -> String {
        base.date(year: date.year, month: date.month, day: date.day, style)
    }

    /// `€1,030.00`, `1030,00 €`: the amount in its currency, by the locale's conventions.
    func money(_ money: Money) -> String { base.money(cents: money.cents, currency: money.currency.rawValue) }

    /// `Germany`, `Niemcy`.
    func country(_ code: CountryCode) -> String { base.country(code.rawValue) }

    /// `German`, `niemiecki`.
    func language(_ code: LanguageCode) -> String { base.language(code.rawValue) }

    /// `German, English and Polish`, `niemiecki, angielski i polski`.
    func list(_ items: [String]) -> String { base.list(items) }

    /// `UTC+02:00` at `instant`: fixed digits, independent of the locale.
    func utcOffset(_ zone: TimeZoneID, at instant: Date) -> String {
        LocaleFormat.utcOffset(zone.timeZone, at: instant)
    }
}
