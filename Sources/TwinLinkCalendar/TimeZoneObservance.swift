import CLibical
import Foundation

/// One STANDARD or DAYLIGHT sub-component of a VTIMEZONE, with the facts needed to compare it
/// with the others and to rewrite it.
struct TimeZoneObservance {
    let component: ICalComponent
    let isDaylight: Bool
    /// DTSTART, in the local time before the transition.
    let onset: icaltimetype
    let offsetFrom: Int
    let offsetTo: Int
    let name: String?
    /// The first RRULE, if any.
    let rule: icalrecurrencetype?
    /// The RRULE without UNTIL and COUNT, as text, for comparing rules.
    let ruleShape: String?
    /// DTSTART followed by every RDATE.
    let onsets: [icaltimetype]

    init(_ component: ICalComponent) {
        self.component = component
        isDaylight = component.kind == ICAL_XDAYLIGHT_COMPONENT
        onset =
            component.firstProperty(ofKind: ICAL_DTSTART_PROPERTY).map { icalproperty_get_dtstart($0.pointer) }
            ?? icaltime_null_time()
        offsetFrom = Int(
            component.firstProperty(ofKind: ICAL_TZOFFSETFROM_PROPERTY).map {
                icalproperty_get_tzoffsetfrom($0.pointer)
            } ?? 0
        )
        offsetTo = Int(
            component.firstProperty(ofKind: ICAL_TZOFFSETTO_PROPERTY).map { icalproperty_get_tzoffsetto($0.pointer) }
                ?? 0
        )
        name = component.firstProperty(ofKind: ICAL_TZNAME_PROPERTY).flatMap {
            LibicalString.copy(icalproperty_get_tzname($0.pointer))
        }
        rule = component.firstProperty(ofKind: ICAL_RRULE_PROPERTY).map { icalproperty_get_rrule($0.pointer) }
        ruleShape = rule.flatMap { rule in
            var shape = rule
            shape.until = icaltime_null_time()
            shape.count = 0
            return LibicalString.take(icalrecurrencetype_as_string_r(&shape))
        }
        onsets =
            [onset]
            + component.properties(ofKind: ICAL_RDATE_PROPERTY).map { icalproperty_get_rdate($0.pointer).time }
    }

    /// Whether both observances describe the same transition every year.
    func hasSameRule(as other: TimeZoneObservance) -> Bool {
        ruleShape != nil && ruleShape == other.ruleShape && offsetFrom == other.offsetFrom
            && offsetTo == other.offsetTo && onset.hour == other.onset.hour && onset.minute == other.onset.minute
            && onset.second == other.onset.second && component.properties(ofKind: ICAL_RDATE_PROPERTY).isEmpty
            && other.component.properties(ofKind: ICAL_RDATE_PROPERTY).isEmpty
    }

    /// The UTC instant of a local onset written in this observance.
    func instant(ofOnset local: icaltimetype) -> Date {
        var floating = local
        floating.zone = nil
        floating.is_date = 0
        return ICalTime.instant(of: floating).addingTimeInterval(TimeInterval(-offsetFrom))
    }

    /// Rewrites the observance: DTSTART becomes the rule's first transition in `start`'s year
    /// (or later), the RRULE loses its UNTIL and COUNT, and RDATEs go.
    func makeOpenEnded(startingInYearOf start: Date) {
        guard var rule, let ruleProperty = component.firstProperty(ofKind: ICAL_RRULE_PROPERTY) else { return }
        icalcomponent_set_dtstart(component.pointer, firstOnset(inOrAfterYearOf: start))
        rule.until = icaltime_null_time()
        rule.count = 0
        icalproperty_set_rrule(ruleProperty.pointer, rule)
        for rdate in component.properties(ofKind: ICAL_RDATE_PROPERTY) {
            component.removeAndFree(rdate)
        }
    }

    /// The first transition of the rule in `start`'s year or later.
    private func firstOnset(inOrAfterYearOf start: Date) -> icaltimetype {
        guard let rule, let iterator = icalrecur_iterator_new(rule, onset) else { return onset }
        defer { icalrecur_iterator_free(iterator) }
        let year = ICalTime.utc(start).year
        // Yearly rules: a few hundred steps at most, even from the 1880s.
        for _ in 0..<1_000 {
            let next = icalrecur_iterator_next(iterator)
            if icaltime_is_null_time(next) != 0 { break }
            if next.year >= year { return next }
        }
        return onset
    }
}
