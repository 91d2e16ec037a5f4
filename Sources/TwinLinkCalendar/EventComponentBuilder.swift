import CLibical
import Foundation

/// Makes the `VEVENT` of an `InviteEvent` with libical's property constructors.
struct EventComponentBuilder {
    /// What the message is; it decides whether attendees and reminders are written.
    let method: ITIPMethod
    let dtstamp: Date
    let zones: MessageTimeZones

    /// The VEVENT for `event`, owned by the caller. `event` must have passed `InviteEventValidator`.
    func makeComponent(for event: InviteEvent) throws(InviteWriteError) -> ICalComponent {
        let component = ICalComponent(kind: ICAL_VEVENT_COMPONENT)
        let add = component.addProperty(taking:)
        add(icalproperty_new_uid(event.uid))
        add(icalproperty_new_dtstamp(ICalTime.utc(dtstamp)))
        add(icalproperty_new_sequence(Int32(clamping: event.sequence)))
        for property in try timeProperties(of: event) {
            add(property)
        }
        add(icalproperty_new_summary(ICalText.value(event.summary)))
        add(icalproperty_new_description(ICalText.value(description(of: event))))
        if let location = location(of: event) {
            add(icalproperty_new_location(ICalText.value(location)))
        }
        if let geo = event.geo {
            add(icalproperty_new_geo(icalgeotype(lat: geo.latitude, lon: geo.longitude)))
        }
        if let link = event.onlineMeetingURL {
            add(icalproperty_new_url(link))
        }
        add(icalproperty_new_status(status(event.status)))
        add(Self.userProperty(icalproperty_new_organizer, event.organiser))
        if method != .publish {
            for attendee in event.attendees {
                add(Self.attendeeProperty(attendee))
            }
        }
        for category in event.categories {
            add(icalproperty_new_categories(ICalText.value(category)))
        }
        if method == .request, let alarm = event.alarm {
            component.add(Self.alarmComponent(alarm))
        }
        return component
    }

    private func timeProperties(of event: InviteEvent) throws(InviteWriteError) -> [OpaquePointer] {
        switch event.schedule {
        case .allDay(let first, let last):
            // RFC 5545: DTEND of an all-day event is the day after the last day.
            return [
                icalproperty_new_dtstart(Self.date(first)), icalproperty_new_dtend(Self.date(last.adding(days: 1))),
            ]
        case .timed(let start, let end, let zoneName):
            return [
                try zones.timeProperty(at: start, in: zoneName, uid: event.uid, make: icalproperty_new_dtstart),
                try zones.timeProperty(at: end, in: zoneName, uid: event.uid, make: icalproperty_new_dtend),
            ]
        }
    }

    /// The description, with the join link appended where it is not already in the text.
    private func description(of event: InviteEvent) -> String {
        guard let link = event.onlineMeetingURL, !event.description.contains(link) else { return event.description }
        return event.description.isEmpty ? link : event.description + "\n\n" + link
    }

    /// The address, the join link, or both.
    private func location(of event: InviteEvent) -> String? {
        switch (event.location, event.onlineMeetingURL) {
        case (let place?, let link?) where !place.contains(link):
            return place + " — " + link
        case (let place?, _):
            return place
        case (nil, let link?):
            return link
        case (nil, nil):
            return nil
        }
    }

    private func status(_ status: EventStatus) -> icalproperty_status {
        switch status {
        case .tentative: ICAL_STATUS_TENTATIVE
        case .confirmed: ICAL_STATUS_CONFIRMED
        case .cancelled: ICAL_STATUS_CANCELLED
        }
    }

    private static func date(_ day: CalendarDay) -> icaltimetype {
        var time = icaltime_null_time()
        (time.year, time.month, time.day) = (Int32(day.year), Int32(day.month), Int32(day.day))
        time.is_date = 1
        return time
    }

    /// `ORGANIZER` or `ATTENDEE` with `CN` and a `mailto:` address.
    static func userProperty(_ make: (UnsafePointer<CChar>) -> OpaquePointer?, _ user: CalendarUser)
        -> OpaquePointer
    {
        guard let property = make("mailto:" + user.email) else {
            preconditionFailure("libical could not make a calendar user property for \(user.email)")
        }
        let name = ICalText.parameter(user.name)
        if !name.isEmpty {
            icalproperty_add_parameter(property, icalparameter_new_cn(name))
        }
        return property
    }

    static func attendeeProperty(_ attendee: InviteAttendee) -> OpaquePointer {
        let property = userProperty(icalproperty_new_attendee, attendee.user)
        let parameters = [
            icalparameter_new_cutype(userType(attendee.userType)),
            icalparameter_new_role(role(attendee.role)),
            icalparameter_new_partstat(participationStatus(attendee.participationStatus)),
            icalparameter_new_rsvp(attendee.expectsReply ? ICAL_RSVP_TRUE : ICAL_RSVP_FALSE),
        ]
        for parameter in parameters {
            icalproperty_add_parameter(property, parameter)
        }
        return property
    }

    private static func alarmComponent(_ alarm: EventAlarm) -> ICalComponent {
        let component = ICalComponent(kind: ICAL_VALARM_COMPONENT)
        var trigger = icaltriggertype()
        trigger.time = icaltime_null_time()
        trigger.duration = icaldurationtype_from_int(Int32(clamping: -alarm.minutesBefore * 60))
        component.addProperty(taking: icalproperty_new_action(ICAL_ACTION_DISPLAY))
        component.addProperty(taking: icalproperty_new_description(ICalText.value(alarm.message)))
        component.addProperty(taking: icalproperty_new_trigger(trigger))
        return component
    }

    private static func userType(_ type: InviteAttendee.UserType) -> icalparameter_cutype {
        switch type {
        case .individual: ICAL_CUTYPE_INDIVIDUAL
        case .group: ICAL_CUTYPE_GROUP
        case .resource: ICAL_CUTYPE_RESOURCE
        case .room: ICAL_CUTYPE_ROOM
        }
    }

    private static func role(_ role: InviteAttendee.Role) -> icalparameter_role {
        switch role {
        case .chair: ICAL_ROLE_CHAIR
        case .required: ICAL_ROLE_REQPARTICIPANT
        case .optional: ICAL_ROLE_OPTPARTICIPANT
        case .nonParticipant: ICAL_ROLE_NONPARTICIPANT
        }
    }

    static func participationStatus(_ status: ParticipationStatus) -> icalparameter_partstat {
        switch status {
        case .needsAction: ICAL_PARTSTAT_NEEDSACTION
        case .accepted: ICAL_PARTSTAT_ACCEPTED
        case .declined: ICAL_PARTSTAT_DECLINED
        case .tentative: ICAL_PARTSTAT_TENTATIVE
        case .delegated: ICAL_PARTSTAT_DELEGATED
        }
    }
}
