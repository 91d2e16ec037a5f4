import CLibical

/// A view of one property inside an `ICalComponent`.
///
/// The property belongs to its component; the view keeps that component alive.
struct ICalProperty {
    /// The libical property.
    let pointer: OpaquePointer
    /// The component that owns the property.
    let component: ICalComponent

    /// The property's kind (`DTSTART`, `UID`, ...).
    var kind: icalproperty_kind { icalproperty_isa(pointer) }

    /// The property's name as written in the file (`DTSTART`, `X-WR-CALNAME`, ...).
    var name: String {
        LibicalString.take(icalproperty_get_property_name_r(pointer)) ?? ""
    }

    /// The value as iCalendar text, without escaping for TEXT values.
    var valueText: String? {
        LibicalString.take(icalproperty_get_value_as_string_r(pointer))
    }

    /// The value of a TEXT property, unescaped (`\,` read as `,`, `\n` as a line break).
    var text: String? {
        guard let value = icalproperty_get_value(pointer) else { return nil }
        return LibicalString.copy(icalvalue_get_text(value))
    }

    /// The value of an INTEGER property.
    var integer: Int {
        guard let value = icalproperty_get_value(pointer) else { return 0 }
        return Int(icalvalue_get_integer(value))
    }

    /// The `TZID` parameter as written, if any.
    var tzid: String? {
        guard let parameter = icalproperty_get_first_parameter(pointer, ICAL_TZID_PARAMETER) else {
            return nil
        }
        return LibicalString.copy(icalparameter_get_tzid(parameter))
    }

    /// The date or date-time value, with its zone resolved the way libical does it: first a
    /// VTIMEZONE of the enclosing VCALENDAR, then the built-in zones (bare or prefixed TZID).
    ///
    /// A `TZID` that cannot be resolved leaves `zone` empty, as for a floating time.
    var dateTime: icaltimetype {
        icalproperty_get_datetime_with_component(pointer, component.pointer)
    }

    /// Replaces the `TZID` value of a `TZID` property (inside a VTIMEZONE).
    func setTZID(_ tzid: String) {
        icalproperty_set_tzid(pointer, tzid)
    }
}
