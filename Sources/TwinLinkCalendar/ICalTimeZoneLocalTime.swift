import CLibical
import Foundation

extension ICalTimeZone {
    /// The wall-clock time of an instant in this zone, as a floating (zone-less) libical time.
    ///
    /// The conversion also sets `is_daylight`, which a file cannot carry; it is cleared so that
    /// `instant(ofLocal:)` reads the time the way a client reads it from the file.
    func localTime(of date: Date) -> icaltimetype {
        var time = ICalTime.utc(date)
        icaltimezone_convert_time(&time, icaltimezone_get_utc_timezone(), pointer)
        time.zone = nil
        time.is_daylight = 0
        return time
    }

    /// The instant a wall-clock time in this zone stands for, read the way libical reads
    /// `DTSTART;TZID=...` against this VTIMEZONE.
    func instant(ofLocal time: icaltimetype) -> Date {
        Date(timeIntervalSince1970: TimeInterval(icaltime_as_timet_with_zone(time, pointer)))
    }
}
