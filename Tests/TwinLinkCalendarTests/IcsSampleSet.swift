import Foundation
import TwinLinkCalendar

/// The sample files the independent checks (`scripts/ics-checks.sh`) read: invites, an update
/// and cancellations, feeds with events in every fixture zone, and the DST nights, each with
/// what the files must say in a JSON manifest made from the inputs, not from the output.
enum IcsSampleSet {
    /// The zones of the fixtures' cities.
    static let fixtureZones = [
        "Europe/Warsaw", "Europe/Berlin", "Europe/Bratislava", "Europe/Budapest", "Europe/Kyiv", "Europe/London",
        "America/New_York", "Asia/Tokyo",
    ]

    struct Sample {
        let file: String
        let method: ITIPMethod
        let text: String
        let events: [InviteEvent]
    }

    /// Every sample, written by `InviteWriter`.
    static func samples() throws -> [Sample] {
        let writer = InviteWriter()
        func one(_ file: String, _ message: InviteMessage) throws -> Sample {
            Sample(file: file, method: message.method, text: try writer.write(message), events: [message.event])
        }
        func feed(_ file: String, _ feed: CalendarFeed) throws -> Sample {
            Sample(file: file, method: .publish, text: try writer.write(feed), events: feed.events)
        }
        var newYorkMeeting = InviteFixtures.onlineMeeting
        if case .timed(let start, let end, _) = newYorkMeeting.schedule {
            newYorkMeeting.schedule = .timed(start: start, end: end, timeZone: "America/New_York")
        }
        var samples = [
            try one("intro-nyc-request-zofia.ics", InviteFixtures.request),
            try one(
                "intro-nyc-request-anna.ics",
                .request(of: newYorkMeeting, for: InviteFixtures.anna, dtstamp: InviteFixtures.sentAt)),
            try one("intro-nyc-update-zofia.ics", InviteFixtures.update),
            try one("intro-nyc-cancel-anna.ics", InviteFixtures.cancel),
            try one(
                "visit-lviv-request-olena.ics",
                .request(of: InviteFixtures.studyVisit, for: InviteFixtures.olena, dtstamp: InviteFixtures.sentAt)),
            try one(
                "visit-lviv-request-taro.ics",
                .request(of: InviteFixtures.studyVisit, for: InviteFixtures.taro, dtstamp: InviteFixtures.sentAt)),
            try feed("programme-feed.ics", InviteFixtures.feed),
            try feed("warsaw-dst-nights.ics", dstNights()),
        ]
        for zone in fixtureZones {
            samples.append(try feed("zone-\(zone.replacingOccurrences(of: "/", with: "-")).ics", zoneFeed(zone)))
        }
        return samples
    }

    /// Meetings across the nights Warsaw changes its clocks in 2027.
    static func dstNights() -> CalendarFeed {
        let spans: [(Date, Date)] = [
            (Fixtures.utc(2027, 3, 28, 0, 30), Fixtures.utc(2027, 3, 28, 1, 30)),
            (Fixtures.utc(2027, 10, 30, 23, 30), Fixtures.utc(2027, 10, 31, 0, 30)),
            (Fixtures.utc(2027, 10, 31, 0, 30), Fixtures.utc(2027, 10, 31, 2)),
            (Fixtures.utc(2027, 10, 31, 1, 30), Fixtures.utc(2027, 10, 31, 2, 30)),
        ]
        let events = spans.enumerated().map { index, span in
            var event = InviteFixtures.onlineMeeting
            event.uid = "dst-night-\(index)@twinlink.example.org"
            event.schedule = .timed(start: span.0, end: span.1, timeZone: "Europe/Warsaw")
            return event
        }
        return CalendarFeed(name: "DST nights", dtstamp: InviteFixtures.sentAt, events: events)
    }

    /// A winter and a summer meeting at 09:00 local time in `zone`.
    static func zoneFeed(_ zone: String) -> CalendarFeed {
        let timeZone = TimeZone(identifier: zone)!
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let events = [(1, 20), (7, 14)].map { month, day in
            let start = calendar.date(from: DateComponents(year: 2027, month: month, day: day, hour: 9))!
            var event = InviteFixtures.onlineMeeting
            event.uid = "zone-\(zone)-\(month)@twinlink.example.org"
            event.summary = "09:00 in \(zone)"
            event.schedule = .timed(start: start, end: start + 3_600, timeZone: zone)
            return event
        }
        return CalendarFeed(name: "Meetings in \(zone)", dtstamp: InviteFixtures.sentAt, events: events)
    }

    /// The manifest the python checks compare every parser's reading with.
    static func manifest(_ samples: [Sample]) -> [String: Any] {
        let files: [[String: Any]] = samples.map { sample in
            [
                "file": sample.file,
                "method": sample.method.rawValue,
                "events": sample.events.map { expectedEvent($0, method: sample.method) },
            ]
        }
        let series: [[String: Any]] = [
            [
                "uid": InviteFixtures.onlineMeeting.uid,
                "files": ["intro-nyc-request-zofia.ics", "intro-nyc-update-zofia.ics", "intro-nyc-cancel-anna.ics"],
                "final_sequence": 2,
                "final_status": "CANCELLED",
            ]
        ]
        return ["files": files, "series": series, "zones": fixtureZones]
    }

    private static func expectedEvent(_ event: InviteEvent, method: ITIPMethod) -> [String: Any] {
        var result: [String: Any] = [
            "uid": event.uid,
            "sequence": event.sequence,
            "status": event.status.rawValue,
            "summary": event.summary,
            "organizer": "mailto:" + event.organiser.email,
            "attendees": method == .publish
                ? []
                : event.attendees.map { attendee in
                    [
                        "email": "mailto:" + attendee.user.email,
                        "name": attendee.user.name.replacingOccurrences(of: "\"", with: "'"),
                        "partstat": attendee.participationStatus.rawValue,
                        "role": attendee.role.rawValue,
                        "rsvp": attendee.expectsReply,
                    ]
                },
            "alarm": method == .request && event.alarm != nil,
        ]
        if let link = event.onlineMeetingURL {
            result["url"] = link
            result["description"] =
                event.description.contains(link) ? event.description : event.description + "\n\n" + link
        } else {
            result["description"] = event.description
        }
        switch (event.location, event.onlineMeetingURL) {
        case (let place?, let link?) where !place.contains(link): result["location"] = place + " — " + link
        case (let place, let link): result["location"] = place ?? link
        }
        switch event.schedule {
        case .allDay(let first, let last):
            result["start"] = ["date": first.description]
            result["end"] = ["date": last.adding(days: 1).description]
        case .timed(let start, let end, let zone):
            result["start"] = ["utc": iso(start), "zone": zone]
            result["end"] = ["utc": iso(end), "zone": zone]
        }
        return result
    }

    private static func iso(_ date: Date) -> String {
        date.formatted(
            .iso8601.year().month().day().dateSeparator(.dash).time(includingFractionalSeconds: false).timeSeparator(
                .colon
            ).timeZone(separator: .omitted))
    }
}
