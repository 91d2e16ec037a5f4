import Foundation
import TwinLinkDomain
import TwinLinkLocalization

/// Texts about an activity that both the briefing pack and the personal packs show: dates,
/// agenda, travel days, venue, costs and emergency contacts.
struct ActivityFacts {
    let input: BriefingPackInput
    let views: ViewFactory
    let columns: ZoneColumns
    let emergencyNumbers: [String: String]

    init(input: BriefingPackInput, views: ViewFactory, columns: ZoneColumns, emergencyNumbers: [String: String]) {
        self.input = input
        self.views = views
        self.columns = columns
        self.emergencyNumbers = emergencyNumbers
    }

    /// The clocks of the activity's timetables: every distinct moment of the agenda and the schedule counts.
    static func columns(for input: BriefingPackInput) -> ZoneColumns {
        var instants = Set(agendaItems(input.activity).map(\.start.instant))
        instants.formUnion(input.schedule.map(\.start.instant))
        return ZoneColumns(
            home: input.programme.homeCity, partnerCities: input.partnerCities, instants: instants.sorted())
    }

    var zone: TimeZoneID { input.activity.start.zone }

    /// The first and last day of `activity` where it takes place (an all-day end is exclusive).
    static func days(of activity: Activity) -> (first: LocalDate, last: LocalDate) {
        let first = activity.start.local.date
        let end = activity.end.local
        let last = end.time.minutesSinceMidnight == 0 && end.date > first ? end.date.adding(days: -1) : end.date
        return (first, max(first, last))
    }

    /// The agenda, or the activity itself as its only item when the planner gave none.
    static func agendaItems(_ activity: Activity) -> [AgendaItem] {
        if !activity.agenda.isEmpty { return activity.agenda.sorted { ($0.start, $0.title) < ($1.start, $1.title) } }
        if activity.isAllDay { return [] }
        return [AgendaItem(start: activity.start, end: activity.end, title: activity.title)]
    }

    /// `Monday 3 May 2027 – Thursday 6 May 2027`, or one day with its times in every column.
    func when(_ activity: Activity) -> String {
        let (first, last) = Self.days(of: activity)
        if activity.isAllDay {
            if first == last { return views.format.date(first) }
            return views.text("date_range", ["from": views.format.date(first), "to": views.format.date(last)])
        }
        let cells = columns.cells(
            from: activity.start.instant, to: activity.end.instant, day: first, format: views.format)
        return views.format.date(first) + ", " + timesLine(cells)
    }

    /// `09:00–10:00 Kraków · 09:00–10:00 Nuremberg`.
    func timesLine(_ cells: [String]) -> String {
        zip(cells, columns.columns).map { "\($0) \(views.format.list($1.cities))" }.joined(separator: " · ")
    }

    func zoneHeaders() -> [ZoneHeaderView] {
        columns.headers(views.format, at: input.activity.start.instant)
    }

    func timetable() -> TimetableView {
        var days: [TimetableView.Day] = []
        var current: (date: LocalDate, rows: [TimetableView.Row])?
        for item in Self.agendaItems(input.activity) {
            let day = item.start.local(in: zone).date
            let cells = columns.cells(from: item.start.instant, to: item.end.instant, day: day, format: views.format)
            let row = TimetableView.Row(times: cells, timesLine: timesLine(cells), title: views.title(item))
            if current?.date == day {
                current?.rows.append(row)
            } else {
                if let finished = current {
                    days.append(.init(date: views.format.date(finished.date), rows: finished.rows))
                }
                current = (day, [row])
            }
        }
        if let finished = current { days.append(.init(date: views.format.date(finished.date), rows: finished.rows)) }
        let note =
            columns.sameAsHome.isEmpty
            ? nil
            : views.sentence(
                "zone_same_as_home",
                ["cities": views.format.list(columns.sameAsHome), "home": input.programme.homeCity.name])
        return TimetableView(zones: zoneHeaders(), days: days, note: note)
    }

    /// The travel days of a study visit: those of the visit outside the event's own days.
    func travel() -> [LabelledValue] {
        guard input.activity.isAllDay else { return [] }
        let (first, last) = Self.days(of: input.activity)
        var lines: [LabelledValue] = []
        if first < input.event.schedule.firstDay {
            lines.append(LabelledValue(label: views.text("travel_out"), value: views.format.date(first)))
        }
        if last > input.event.schedule.lastDay {
            lines.append(LabelledValue(label: views.text("travel_back"), value: views.format.date(last)))
        }
        return lines
    }

    func venue() -> VenueView? {
        guard let venue = input.activity.venue ?? (input.activity.kind.isOnline ? nil : input.event.venue) else {
            return nil
        }
        let coordinates = venue.location.map { Self.coordinates($0) }
        return VenueView(
            name: venue.name, address: venue.address, coordinates: coordinates,
            geoLink: coordinates.map { "geo:" + $0.replacingOccurrences(of: " ", with: "") })
    }

    /// `49.4543, 11.0775`: four decimals (about 10 m), with a full stop whatever the locale.
    static func coordinates(_ point: GeoPoint) -> String {
        func text(_ value: Double) -> String {
            let scaled = Int64((abs(value) * 10_000).rounded())
            let fraction = String(scaled % 10_000)
            return (value < 0 ? "-" : "") + String(scaled / 10_000) + "."
                + String(repeating: "0", count: 4 - fraction.count) + fraction
        }
        return text(point.latitude) + ", " + text(point.longitude)
    }

    var joinURL: String? { views.webLink(input.activity.joinURL) }

    func costs(delegates: Int?) -> CostsView {
        let items = input.costs.items.map { item in
            let label: String =
                switch item.kind {
                case .travel: views.text("cost_travel")
                case .accommodation: views.text("cost_accommodation")
                case .fees: views.text("cost_fees")
                case .other(let name): name
                }
            return LabelledValue(label: label, value: views.format.money(item.amount))
        }
        let perDelegate = input.costs.perDelegate
        let total = perDelegate.flatMap { money -> String? in
            guard let delegates, delegates > 1 else { return nil }
            let sum = Money(cents: money.cents * Int64(delegates), currency: money.currency)
            return views.counted("cost_total", delegates, ["amount": views.format.money(sum)])
        }
        return CostsView(
            items: items, perDelegate: perDelegate.map(views.format.money), total: total,
            cityPays: input.costs.cityPaysFor)
    }

    /// The checklist for this kind of activity, with the 1:1 list when meetings are planned.
    func checklist(hasMeetings: Bool) -> [String] {
        var lines = views.catalogue.lines(input.activity.kind.isOnline ? "checklist_online" : "checklist_visit")
        if hasMeetings { lines += views.catalogue.lines("checklist_meetings") }
        return lines
    }

    func emergency() -> EmergencyView {
        let country: CountryCode =
            switch input.event.host {
            case .home: input.programme.homeCity.country
            case .partnerCity(let id):
                input.partnerCities.first { $0.id == id }?.country ?? input.programme.homeCity.country
            }
        let number = emergencyNumbers[country.rawValue] ?? emergencyNumbers["default"] ?? "112"
        var contacts = views.staff(input.contacts)
        if case .partnerCity(let id) = input.event.host, let city = input.partnerCities.first(where: { $0.id == id }),
            let contact = views.person(city.contactPersonID, organisation: city.name)
        {
            contacts.append(contact)
        }
        let organiser = input.programme.organiser
        return EmergencyView(
            number: views.sentence("emergency_number", ["number": number, "country": views.format.country(country)]),
            contacts: contacts, organiser: "\(organiser.name), \(organiser.email.rawValue)")
    }

    func statusLabel(_ status: Activity.Status) -> String { views.text("status_\(status.rawValue)") }

    func kindLabel(_ kind: Activity.Kind) -> String { views.text("activity_\(kind.rawValue)") }

    func page(title: String, audience: String) -> PageView {
        PageView(
            lang: views.catalogue.language.rawValue, title: title, subtitle: views.title(input.activity),
            audience: audience, programme: input.programme.name,
            coordinatingUnit: input.programme.coordinatingUnit,
            prepared: views.sentence(
                "prepared_on",
                ["date": views.format.date(input.preparedOn, .plain), "unit": input.programme.coordinatingUnit]))
    }
}
