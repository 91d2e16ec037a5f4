import CLibical
import Foundation

/// An owning handle on a libical `icaltimezone` built from a VTIMEZONE of our own; the zone
/// owns its component and frees both in `deinit`. Not `Sendable`: keep it inside a function.
final class ICalTimeZone {
    let pointer: OpaquePointer

    /// A zone from VTIMEZONE text; `nil` when the text is not a VTIMEZONE with a TZID.
    init?(vtimezoneText text: String) {
        guard let component = icalparser_parse_string(text) else { return nil }
        guard icalcomponent_isa(component) == ICAL_VTIMEZONE_COMPONENT, let zone = icaltimezone_new() else {
            icalcomponent_free(component)
            return nil
        }
        // On success the zone owns the component; on failure it never took it.
        guard icaltimezone_set_component(zone, component) != 0 else {
            icalcomponent_free(component)
            icaltimezone_free(zone, 1)
            return nil
        }
        pointer = zone
    }

    deinit {
        icaltimezone_free(pointer, 1)
    }

    /// The offset from UTC, in seconds, that the zone's rules give at an instant.
    func secondsFromGMT(for date: Date) -> Int {
        var time = ICalTime.utc(date)
        var isDaylight: Int32 = 0
        return Int(icaltimezone_get_utc_offset_of_utc_time(pointer, &time, &isDaylight))
    }
}
