import CLibical
import Foundation

/// The time zones of one message: each name resolved once, and the VTIMEZONEs the message needs.
///
/// Holds libical zones: create it for one message and drop it when the message is written.
final class MessageTimeZones {
    /// How times in one zone are written.
    private enum Writing {
        /// As UTC with a trailing `Z`: UTC itself, or a zone one rule pair cannot describe.
        case utc
        /// As local time with `TZID`, read back through the trimmed VTIMEZONE's own rules.
        case local(TimeZoneComponent, ICalTimeZone)
    }

    /// The period the VTIMEZONEs are made and checked for; zoned times outside it are written in UTC.
    private let period: DateInterval
    private var resolved: [String: Writing] = [:]
    /// The VTIMEZONEs referred to by a `TZID`, by name.
    private(set) var used: [String: TimeZoneComponent] = [:]

    init(period: DateInterval) {
        self.period = period
    }

    /// A DTSTART or DTEND property for an instant shown in `zoneName`, made by `make`.
    ///
    /// Local time with a `TZID` parameter where the zone's VTIMEZONE reads it back as the same
    /// instant and the time occurs only once; UTC otherwise (UTC itself, zones without a
    /// one-rule-pair VTIMEZONE, times outside the period, and the hour repeated when clocks go back).
    func timeProperty(
        at instant: Date,
        in zoneName: String,
        uid: String,
        make: (icaltimetype) -> OpaquePointer?
    ) throws(InviteWriteError) -> OpaquePointer {
        let seconds = instant.timeIntervalSince1970.rounded(.down)
        if case .local(let component, let zone) = try writing(for: zoneName, uid: uid), period.contains(instant) {
            let local = zone.localTime(of: instant)
            if zone.instant(ofLocal: local).timeIntervalSince1970 == seconds,
                !Self.isRepeated(local, at: instant, in: zone), let property = make(local)
            {
                // libical writes the bare local time: the TZID must be added by hand.
                icalproperty_add_parameter(property, icalparameter_new_tzid(component.identifier))
                used[component.identifier] = component
                return property
            }
        }
        guard let property = make(ICalTime.utc(instant)) else {
            preconditionFailure("libical could not make a date-time property for \(instant)")
        }
        return property
    }

    /// Whether the wall-clock time `local` of `instant` also occurs at another instant: the hour
    /// repeated when clocks go back. libical reads it as the later occurrence, python's zoneinfo
    /// and others as the earlier one, so such times are written in UTC.
    private static func isRepeated(_ local: icaltimetype, at instant: Date, in zone: ICalTimeZone) -> Bool {
        let day: TimeInterval = 86_400
        let offsets = [zone.secondsFromGMT(for: instant - day), zone.secondsFromGMT(for: instant + day)]
        let shift = TimeInterval(abs(offsets[0] - offsets[1]))
        guard shift > 0 else { return false }
        return [instant - shift, instant + shift].contains { other in
            icaltime_compare(zone.localTime(of: other), local) == 0
        }
    }

    private func writing(for zoneName: String, uid: String) throws(InviteWriteError) -> Writing {
        if let known = resolved[zoneName] {
            return known
        }
        let writing: Writing
        switch TimeZoneComponentCache.shared.component(for: zoneName, covering: period) {
        case .success(let component):
            guard let zone = ICalTimeZone(vtimezoneText: component.icalText) else {
                preconditionFailure("libical cannot read the VTIMEZONE it made for \(zoneName)")
            }
            writing = .local(component, zone)
        case .failure(.unknownZone):
            throw .unknownTimeZone(zoneName, uid: uid)
        case .failure:
            writing = .utc
        }
        resolved[zoneName] = writing
        return writing
    }
}
