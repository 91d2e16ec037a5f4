import CLibical
import Foundation

/// Cuts libical's built-in VTIMEZONE (history back to the 1880s, rules split at 2037) down to
/// what Outlook and every other client read alike: one STANDARD and one DAYLIGHT observance,
/// each with an RRULE and no UNTIL, or a single STANDARD for a zone without daylight saving time.
enum VTimezoneTrimmer {
    /// A trimmed copy of the built-in VTIMEZONE for an IANA zone, right within `interval`, with
    /// the bare IANA name as TZID. Its offsets are checked against Foundation's `TimeZone`.
    static func trimmedComponent(identifier: String, covering interval: DateInterval) throws(TimeZoneComponentError)
        -> ICalComponent
    {
        guard !identifier.isEmpty, !identifier.hasPrefix("/"),
            let zone = icaltimezone_get_builtin_timezone(identifier)
        else {
            throw .unknownZone(identifier)
        }
        // The library owns this component: only a clone may be changed or added to a calendar.
        guard let builtin = icaltimezone_get_component(zone), let copy = icalcomponent_new_clone(builtin) else {
            throw .utcHasNoComponent(identifier)
        }
        let vtimezone = ICalComponent(taking: copy)
        // Keeps the observances in force within the interval; their UNTIL becomes the interval's end.
        icaltimezone_truncate_vtimezone(vtimezone.pointer, ICalTime.utc(interval.start), ICalTime.utc(interval.end), 1)

        let observances = vtimezone.children().filter {
            $0.kind == ICAL_XSTANDARD_COMPONENT || $0.kind == ICAL_XDAYLIGHT_COMPONENT
        }.map(TimeZoneObservance.init)
        let kept: [ICalComponent]
        if observances.contains(where: { $0.rule != nil }) {
            kept = try yearlyRules(of: observances, identifier: identifier, from: interval.start)
        } else {
            kept = [try fixedOffset(of: observances, zone: zone, identifier: identifier, interval: interval)]
        }

        for observance in observances where !kept.contains(where: { $0.pointer == observance.component.pointer }) {
            vtimezone.remove(observance.component)
        }
        for component in kept where component.isRoot {
            vtimezone.add(component)
        }
        vtimezone.firstProperty(ofKind: ICAL_TZID_PROPERTY)?.setTZID(identifier)
        // Truncation adds TZUNTIL (RFC 7808), which mail clients do not know; X-LIC-LOCATION is
        // libical's own.
        for property in vtimezone.properties()
        where property.kind == ICAL_TZUNTIL_PROPERTY || property.name == "X-LIC-LOCATION" {
            vtimezone.removeAndFree(property)
        }
        try checkAgainstFoundation(vtimezone, identifier: identifier, interval: interval)
        return vtimezone
    }

    /// One STANDARD and one DAYLIGHT rule, moved to start in the interval's first year and
    /// without UNTIL, after checking that no other rule of the same kind is in force.
    private static func yearlyRules(of observances: [TimeZoneObservance], identifier: String, from start: Date)
        throws(TimeZoneComponentError) -> [ICalComponent]
    {
        var kept: [ICalComponent] = []
        for isDaylight in [false, true] {
            let ofKind = observances.filter { $0.isDaylight == isDaylight }
            let kindName = isDaylight ? "DAYLIGHT" : "STANDARD"
            guard let earliest = ofKind.min(by: { icaltime_compare($0.onset, $1.onset) < 0 }), earliest.rule != nil
            else {
                throw .unsupportedRules(zone: identifier, detail: "no yearly \(kindName) rule")
            }
            if let different = ofKind.first(where: { !$0.hasSameRule(as: earliest) }) {
                throw .rulesChange(
                    zone: identifier,
                    detail: "a new \(kindName) rule from \(ICalTime.day(of: different.onset))"
                )
            }
            earliest.makeOpenEnded(startingInYearOf: start)
            kept.append(earliest.component)
        }
        return kept
    }

    /// One STANDARD with the offset in force at the interval's start, for zones with no
    /// transitions within the interval.
    private static func fixedOffset(
        of observances: [TimeZoneObservance],
        zone: OpaquePointer,
        identifier: String,
        interval: DateInterval
    ) throws(TimeZoneComponentError) -> ICalComponent {
        for observance in observances where observance.offsetFrom != observance.offsetTo {
            for onset in observance.onsets where interval.contains(observance.instant(ofOnset: onset)) {
                throw .rulesChange(zone: identifier, detail: "a transition on \(ICalTime.day(of: onset))")
            }
        }
        var time = ICalTime.utc(interval.start)
        var isDaylight: Int32 = 0
        let offset = icaltimezone_get_utc_offset_of_utc_time(zone, &time, &isDaylight)
        let name = observances.last?.name

        let standard = ICalComponent(kind: ICAL_XSTANDARD_COMPONENT)
        var epoch = icaltime_null_time()
        (epoch.year, epoch.month, epoch.day) = (1970, 1, 1)
        let properties = [
            icalproperty_new_dtstart(epoch),
            icalproperty_new_tzoffsetfrom(offset),
            icalproperty_new_tzoffsetto(offset),
            name.flatMap { icalproperty_new_tzname($0) },
        ]
        for property in properties {
            if let property { standard.addProperty(taking: property) }
        }
        return standard
    }

    /// Compares the trimmed rules with Foundation's at the interval's start, every 30 days, and
    /// a minute either side of every transition Foundation knows in the interval.
    ///
    /// libical turns some tzdata rules into wrong RRULEs (a bare `BYDAY=SA` for Greenland's
    /// `M3.5.0/-1`); those zones fail here instead of producing invites an hour off.
    private static func checkAgainstFoundation(
        _ vtimezone: ICalComponent,
        identifier: String,
        interval: DateInterval
    ) throws(TimeZoneComponentError) {
        guard let system = TimeZone(identifier: identifier) else { return }
        guard let trimmed = ICalTimeZone(vtimezoneText: vtimezone.icalText) else {
            throw .unsupportedRules(zone: identifier, detail: "libical cannot read the trimmed VTIMEZONE back")
        }
        var instants = Array(stride(from: interval.start, to: interval.end, by: 30 * 86_400))
        var transition = system.nextDaylightSavingTimeTransition(after: interval.start)
        while let current = transition, current < interval.end {
            instants += [current - 60, current + 60]
            transition = system.nextDaylightSavingTimeTransition(after: current)
        }
        for instant in instants {
            let expected = system.secondsFromGMT(for: instant)
            let actual = trimmed.secondsFromGMT(for: instant)
            guard actual == expected else {
                throw .disagreesWithSystemRules(zone: identifier, at: instant, vtimezone: actual, system: expected)
            }
        }
    }
}
