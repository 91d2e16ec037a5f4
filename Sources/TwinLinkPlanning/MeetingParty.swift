import Foundation
public import TwinLinkDomain

/// One side of an online meeting: the home city or a partner city, with the local rules that
/// decide when its people can meet.
public struct MeetingParty: Hashable, Sendable {
    public let name: String
    public let zone: TimeZoneID
    public let hours: BusinessHours
    public let region: HolidayRegion

    public init(name: String, zone: TimeZoneID, hours: BusinessHours, region: HolidayRegion) {
        self.name = name
        self.zone = zone
        self.hours = hours
        self.region = region
    }

    public init(home: HomeCity) {
        self.init(name: home.name, zone: home.timeZone, hours: home.businessHours, region: home.holidayRegion)
    }

    public init(city: PartnerCity) {
        self.init(name: city.name, zone: city.timeZone, hours: city.businessHours, region: city.holidayRegion)
    }

    /// How far `[start, end)` strays from this party's business hours on its local day: the
    /// minutes outside the hours plus the minutes between the meeting and the nearest edge of
    /// the hours (so 06:00 is worse than 08:00 for a 09:00 opening). `(0, 0)` inside the hours;
    /// `nil` when the meeting crosses local midnight (never acceptable).
    func deviation(start: Date, end: Date) -> (outside: Int, distance: Int)? {
        let localStart = LocalDateTime(start, in: zone.timeZone)
        let localEnd = LocalDateTime(end, in: zone.timeZone)
        let startMinute = localStart.time.minutesSinceMidnight
        var endMinute = localEnd.time.minutesSinceMidnight
        if localEnd.date != localStart.date {
            guard localEnd.date == localStart.date.adding(days: 1), endMinute == 0 else { return nil }
            endMinute = 24 * 60
        }
        let opens = hours.opens.minutesSinceMidnight
        let closes = hours.closes.minutesSinceMidnight
        let inside = max(0, min(endMinute, closes) - max(startMinute, opens))
        let distance = max(0, opens - endMinute, startMinute - closes)
        return ((endMinute - startMinute) - inside, distance)
    }
}
