import Foundation
import TwinLinkCalendar

/// The invites of these tests: people with Polish, Ukrainian and Japanese names, an online
/// meeting between Kraków and New York while their daylight saving time is out of step, and a
/// study visit in Lviv.
enum InviteFixtures {
    static let organiser = CalendarUser(
        name: "TwinLink Kraków, Programme Office",
        email: "programme@twinlink.example.org"
    )
    static let zofia = InviteAttendee(
        user: CalendarUser(name: "Zofia Łukasiewicz-Żółć", email: "zofia@drukarnia-krakow.example.pl")
    )
    static let olena = InviteAttendee(
        user: CalendarUser(name: "Олена Коваленко", email: "olena.kovalenko@lviv-it.example.ua")
    )
    static let taro = InviteAttendee(user: CalendarUser(name: "山田 太郎", email: "taro.yamada@example.jp"))
    static let anna = InviteAttendee(user: CalendarUser(name: "Anna \"Ania\" Nowak, PhD", email: "anna@example.com"))

    /// 2027-01-15 08:00 UTC, when the first invites go out.
    static let sentAt = Fixtures.utc(2027, 1, 15, 8)
    /// 2027-02-20 09:30 UTC, when the plan changed.
    static let changedAt = Fixtures.utc(2027, 2, 20, 9, 30)

    static let selfPaidNote =
        "Travel and accommodation are self-paid; the programme covers the venue, "
        + "interpreting and lunch."

    /// Tuesday 16 March 2027, 15:00–16:30 in Kraków: 10:00 in New York, which has been on daylight
    /// saving time since 14 March while Warsaw waits until 28 March.
    static let onlineMeeting = InviteEvent(
        uid: "intro-nyc-2027@twinlink.example.org",
        sequence: 0,
        organiser: organiser,
        attendees: [zofia, anna],
        summary: "Online introduction: Kraków × New York printing, packaging; design",
        description: """
            Agenda:
            1. Welcome, 15:00 Kraków / 10:00 New York
            2. "Five-minute pitches", one per firm; questions
            3. Next steps; study visit in May

            \(selfPaidNote)
            """,
        schedule: .timed(
            start: Fixtures.utc(2027, 3, 16, 14),
            end: Fixtures.utc(2027, 3, 16, 15, 30),
            timeZone: "Europe/Warsaw"
        ),
        onlineMeetingURL: "https://meet.example.org/twinlink-intro-nyc?pwd=abc123",
        alarm: EventAlarm(message: "Online introduction starts in 15 minutes"),
        categories: ["Online meeting", "TwinLink"]
    )

    /// Three days in Lviv, 10–12 May 2027.
    static let studyVisit = InviteEvent(
        uid: "visit-lviv-2027@twinlink.example.org",
        sequence: 0,
        organiser: organiser,
        attendees: [olena, taro],
        summary: "Study visit: Lviv IT Cluster — 3 days",
        description: "Day 1: cluster office, Day 2: two firms, Day 3: B2B meetings.\n\(selfPaidNote)",
        schedule: .allDay(
            first: CalendarDay(year: 2027, month: 5, day: 10), last: CalendarDay(year: 2027, month: 5, day: 12)),
        location: "вул. Городоцька 36, Львів, Україна",
        geo: GeoPosition(latitude: 49.8397, longitude: 24.0297),
        alarm: EventAlarm(message: "Study visit tomorrow"),
        categories: ["Study visit"]
    )

    /// The online meeting moved by a day and an hour: same UID, SEQUENCE 1.
    static var movedMeeting: InviteEvent {
        var moved = onlineMeeting
        moved.sequence = 1
        moved.schedule = .timed(
            start: Fixtures.utc(2027, 3, 17, 15),
            end: Fixtures.utc(2027, 3, 17, 16, 30),
            timeZone: "Europe/Warsaw"
        )
        return moved
    }

    static let request = InviteMessage.request(of: onlineMeeting, for: zofia, dtstamp: sentAt)
    static let update = InviteMessage.request(of: movedMeeting, for: zofia, dtstamp: changedAt)
    static let cancel = InviteMessage.withdrawal(of: anna, from: movedMeeting, sequence: 2, dtstamp: changedAt)

    static let feed = CalendarFeed(
        name: "TwinLink Kraków 2027, all activities",
        summary: "Study visits, online meetings; 1:1 sessions",
        dtstamp: changedAt,
        events: [movedMeeting, studyVisit]
    )

    /// The path of a golden file in `Tests/TwinLinkCalendarTests/Golden`.
    static func goldenURL(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    }
}
