public import TwinLinkDomain
public import TwinLinkLocalization

/// Which days are working days in each holiday region: not a weekend day of the country and not
/// a public holiday of the region (a subdivision's calendar lists its national holidays too).
public struct WorkingCalendar: Sendable {
    private let holidays: [HolidayRegion: [LocalDate: String]]

    public init(holidays: [Holiday]) {
        var byRegion: [HolidayRegion: [LocalDate: String]] = [:]
        for holiday in holidays {
            byRegion[holiday.region, default: [:]][holiday.date] = holiday.name
        }
        self.holidays = byRegion
    }

    /// The calendar used for `region`: its own if loaded, else its country's.
    public func effectiveRegion(for region: HolidayRegion) -> HolidayRegion? {
        if holidays[region] != nil { return region }
        let country = HolidayRegion(country: region.country)
        return holidays[country] != nil ? country : nil
    }

    /// The holiday's name when `date` is a public holiday in `region`.
    public func holiday(on date: LocalDate, in region: HolidayRegion) -> String? {
        guard let effective = effectiveRegion(for: region) else { return nil }
        return holidays[effective]?[date]
    }

    /// Weekend days (ISO weekday numbers) of a country. Most of the world rests on Saturday and
    /// Sunday; these countries rest on Friday and Saturday.
    public static func weekend(of country: CountryCode) -> Set<Int> {
        fridaySaturday.contains(country.rawValue) ? [5, 6] : [6, 7]
    }

    private static let fridaySaturday: Set<String> = ["IL", "SA", "EG", "KW", "QA", "BH", "OM", "JO", "DZ", "SD"]

    /// Why `date` is not a working day in `region`, or `nil` when it is one.
    public func closure(on date: LocalDate, in region: HolidayRegion) -> String? {
        if Self.weekend(of: region.country).contains(date.isoWeekday) { return "weekend" }
        return holiday(on: date, in: region).map { "public holiday (\($0))" }
    }

    /// `closure(on:in:)` as a message for the reader's language (the holiday's name as the
    /// calendar data writes it).
    public func closureMessage(on date: LocalDate, in region: HolidayRegion) -> Message? {
        if Self.weekend(of: region.country).contains(date.isoWeekday) { return Message("plan_closed_weekend") }
        return holiday(on: date, in: region).map { Message("plan_closed_holiday", ["name": .verbatim($0)]) }
    }
}
