import CLibical
import Foundation
import TwinLinkDomain

/// Conversions between libical's `icaltimetype` and TwinLink's values.
enum ICalTime {
    /// The prefix libical puts before the IANA name in the TZID of its built-in zones.
    static let libicalTZIDPrefix = "/freeassociation.sourceforge.net/"

    /// Whether every field names a real date and time. libical itself accepts `20271399T250000`.
    static func isValid(_ time: icaltimetype) -> Bool {
        guard day(of: time).isValid else { return false }
        if time.is_date != 0 { return true }
        return (0..<24).contains(time.hour) && (0..<60).contains(time.minute) && (0...60).contains(time.second)
    }

    /// The calendar date part of a time.
    static func day(of time: icaltimetype) -> CalendarDay {
        CalendarDay(year: Int(time.year), month: Int(time.month), day: Int(time.day))
    }

    /// The instant of a date-time; floating times (no zone) are read as UTC.
    static func instant(of time: icaltimetype) -> Date {
        let zone = time.zone ?? icaltimezone_get_utc_timezone()
        let seconds = icaltime_as_timet_with_zone(time, zone)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The name of the zone a date-time was written in: the bare IANA name for libical's built-in
    /// zones (prefix removed), the TZID of the file's VTIMEZONE otherwise, `nil` for UTC and
    /// floating times.
    static func zoneName(of time: icaltimetype) -> String? {
        guard let zone = time.zone, icaltime_is_utc(time) == 0 else { return nil }
        guard let tzid = LibicalString.copy(icaltimezone_get_tzid(zone)) else { return nil }
        return bareZoneName(tzid)
    }

    /// `Europe/Warsaw` from `/freeassociation.sourceforge.net/Europe/Warsaw` or
    /// `/freeassociation.sourceforge.net/Tzfile/Europe/Warsaw`; other names are kept.
    /// Old names (`Europe/Kiev`) become canonical (`Europe/Kyiv`).
    static func bareZoneName(_ tzid: String) -> String {
        guard tzid.hasPrefix(libicalTZIDPrefix) else { return TimeZoneID.canonicalName(tzid) }
        let name = tzid.dropFirst(libicalTZIDPrefix.count)
        return TimeZoneID.canonicalName(String(name.hasPrefix("Tzfile/") ? name.dropFirst("Tzfile/".count) : name))
    }

    /// The UTC time of an instant, for libical calls that take a range.
    static func utc(_ date: Date) -> icaltimetype {
        let seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        return icaltime_from_timet_with_zone(seconds, 0, icaltimezone_get_utc_timezone())
    }

    /// An `EventTime` for a valid libical date or date-time.
    static func eventTime(_ time: icaltimetype) -> EventTime {
        if time.is_date != 0 {
            return .day(day(of: time))
        }
        return .instant(instant(of: time), timeZone: zoneName(of: time))
    }
}
