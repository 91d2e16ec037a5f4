import CLibical
import Foundation

/// Puts one VCALENDAR together with libical, checks it against iTIP, and serialises it.
struct CalendarMessageAssembler {
    let method: ITIPMethod
    let productID: String
    let zoneRulesPeriod: DateInterval
    let dtstamp: Date
    /// Calendar-level `X-` properties (name, text), such as `X-WR-CALNAME` for feeds.
    var calendarTexts: [(name: String, text: String)] = []

    /// The iCalendar text (CRLF line ends) of a calendar with one VEVENT per event, each preceded
    /// by the VTIMEZONEs they refer to. `label` names the message in errors.
    func text(of events: [InviteEvent], label: String) throws(InviteWriteError) -> String {
        let calendar = ICalComponent(kind: ICAL_VCALENDAR_COMPONENT)
        calendar.addProperty(taking: icalproperty_new_prodid(productID))
        calendar.addProperty(taking: icalproperty_new_version("2.0"))
        calendar.addProperty(taking: icalproperty_new_calscale("GREGORIAN"))
        calendar.addProperty(taking: icalproperty_new_method(Self.libicalMethod(method)))
        for (name, text) in calendarTexts {
            calendar.addProperty(taking: ICalText.xProperty(name: name, text: text))
        }

        let zones = MessageTimeZones(period: zoneRulesPeriod)
        let builder = EventComponentBuilder(method: method, dtstamp: dtstamp, zones: zones)
        var components: [ICalComponent] = []
        for event in events {
            try InviteEventValidator.check(event, method: method)
            components.append(try builder.makeComponent(for: event))
        }
        // libical puts each VTIMEZONE first: adding them in reverse order lists them by name.
        for (_, zone) in zones.used.sorted(by: { $0.key > $1.key }) {
            calendar.add(zone.makeComponent())
        }
        for component in components {
            calendar.add(component)
        }

        let problems = Self.restrictionProblems(of: calendar)
        guard problems.isEmpty else {
            throw .failedRestrictionCheck(uid: label, method: method, problems: problems)
        }
        return calendar.icalText
    }

    /// The messages of `icalrestriction_check`, which marks each problem with an `X-LIC-ERROR`
    /// property in the component concerned.
    private static func restrictionProblems(of calendar: ICalComponent) -> [String] {
        guard icalrestriction_check(calendar.pointer) == 0 || calendar.errorCount > 0 else { return [] }
        var problems: [String] = []
        func collect(_ component: ICalComponent) {
            for error in component.properties(ofKind: ICAL_XLICERROR_PROPERTY) {
                let message = LibicalString.copy(icalproperty_get_xlicerror(error.pointer)) ?? "unknown problem"
                problems.append("\(component.kindName): \(message)")
            }
            for child in component.children() {
                collect(child)
            }
        }
        collect(calendar)
        return problems.isEmpty ? ["icalrestriction_check failed without saying why"] : problems
    }

    private static func libicalMethod(_ method: ITIPMethod) -> icalproperty_method {
        switch method {
        case .request: ICAL_METHOD_REQUEST
        case .cancel: ICAL_METHOD_CANCEL
        case .publish: ICAL_METHOD_PUBLISH
        case .reply: ICAL_METHOD_REPLY
        }
    }
}
