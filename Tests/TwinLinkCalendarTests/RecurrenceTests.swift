import Foundation
import Testing
import TwinLinkCalendar

@Suite("Expanding recurring events")
struct RecurrenceTests {
    @Test("RRULE is expanded within the window, EXDATE removed, local time kept across DST")
    func weeklyWithException() throws {
        let text = Fixtures.calendar(
            """
            BEGIN:VEVENT
            UID:board@twinlink
            DTSTART;TZID=Europe/Warsaw:20270316T180000
            DTEND;TZID=Europe/Warsaw:20270316T190000
            RRULE:FREQ=WEEKLY;BYDAY=TU
            EXDATE;TZID=Europe/Warsaw:20270323T180000
            SUMMARY:Board
            END:VEVENT

            """
        )
        let reader = CalendarReader(
            window: DateInterval(start: Fixtures.utc(2027, 3, 1), end: Fixtures.utc(2027, 4, 10)))
        let events = try reader.events(in: text, file: "board.ics")
        // CET (+1) until 28 March 2027, CEST (+2) after.
        let starts = [Fixtures.utc(2027, 3, 16, 17), Fixtures.utc(2027, 3, 30, 16), Fixtures.utc(2027, 4, 6, 16)]
        #expect(events.map(\.start) == starts.map { .instant($0, timeZone: "Europe/Warsaw") })
        #expect(events.map(\.end) == starts.map { .instant($0 + 3600, timeZone: "Europe/Warsaw") })
        #expect(events.map(\.recurrenceID) == events.map(\.start))
        #expect(events.allSatisfy { $0.summary == "Board" && $0.uid == "board@twinlink" })
    }

    @Test("a yearly all-day holiday gives one day per year of the window")
    func yearlyHoliday() throws {
        let text = Fixtures.calendar(
            """
            BEGIN:VEVENT
            UID:constitution-day
            DTSTART;VALUE=DATE:20200503
            DTEND;VALUE=DATE:20200504
            RRULE:FREQ=YEARLY
            EXDATE;VALUE=DATE:20280503
            END:VEVENT

            """
        )
        let events = try Fixtures.reader.events(in: text, file: "holidays.ics")
        #expect(events.map(\.start) == [2026, 2027, 2029, 2030].map { Fixtures.day($0, 5, 3) })
        #expect(events.map(\.end) == [2026, 2027, 2029, 2030].map { Fixtures.day($0, 5, 4) })
    }

    @Test("a series that began years before the window is picked up inside it")
    func longRunningMonthly() throws {
        let text = Fixtures.calendar(
            """
            BEGIN:VEVENT
            UID:council
            DTSTART;TZID=Europe/Warsaw:20200114T170000
            DURATION:PT2H
            RRULE:FREQ=MONTHLY;BYDAY=2TU
            END:VEVENT

            """
        )
        let window = DateInterval(start: Fixtures.utc(2027, 1, 1), end: Fixtures.utc(2027, 4, 1))
        let events = try CalendarReader(window: window).events(in: text, file: "council.ics")
        let starts = [Fixtures.utc(2027, 1, 12, 16), Fixtures.utc(2027, 2, 9, 16), Fixtures.utc(2027, 3, 9, 16)]
        #expect(events.map(\.start) == starts.map { .instant($0, timeZone: "Europe/Warsaw") })
        #expect(events.map(\.end) == starts.map { .instant($0 + 7_200, timeZone: "Europe/Warsaw") })
    }

    @Test("COUNT ends the series even when the window goes on")
    func countedSeries() throws {
        let text = Fixtures.calendar(
            """
            BEGIN:VEVENT
            UID:course
            DTSTART:20261230T090000Z
            DURATION:PT2H
            RRULE:FREQ=DAILY;COUNT=4
            END:VEVENT

            """
        )
        let events = try Fixtures.reader.events(in: text, file: "course.ics")
        #expect(
            events.map(\.start) == [30, 31].map { .instant(Fixtures.utc(2026, 12, $0, 9), timeZone: nil) }
                + [1, 2].map { .instant(Fixtures.utc(2027, 1, $0, 9), timeZone: nil) })
    }

    @Test("an override with RECURRENCE-ID replaces the occurrence it names")
    func override() throws {
        let text = Fixtures.calendar(
            """
            BEGIN:VEVENT
            UID:weekly
            DTSTART:20270302T100000Z
            DTEND:20270302T110000Z
            RRULE:FREQ=WEEKLY;COUNT=3
            SUMMARY:Weekly
            END:VEVENT
            BEGIN:VEVENT
            UID:weekly
            RECURRENCE-ID;TZID=Europe/Warsaw:20270309T110000
            DTSTART:20270309T120000Z
            DTEND:20270309T130000Z
            SUMMARY:Moved
            SEQUENCE:1
            END:VEVENT

            """
        )
        let events = try Fixtures.reader.events(in: text, file: "weekly.ics")
        #expect(events.map(\.summary) == ["Weekly", "Weekly", "Moved"])
        #expect(
            events.map(\.start) == [
                .instant(Fixtures.utc(2027, 3, 2, 10), timeZone: nil),
                .instant(Fixtures.utc(2027, 3, 16, 10), timeZone: nil),
                .instant(Fixtures.utc(2027, 3, 9, 12), timeZone: nil),
            ]
        )
        #expect(events[2].recurrenceID == .instant(Fixtures.utc(2027, 3, 9, 10), timeZone: "Europe/Warsaw"))
    }

    @Test("a series with more occurrences than allowed is an error, not a flood")
    func tooManyOccurrences() {
        let text = Fixtures.calendar(
            """
            BEGIN:VEVENT
            UID:daily
            DTSTART:20260101T090000Z
            RRULE:FREQ=DAILY
            END:VEVENT

            """
        )
        let reader = CalendarReader(window: Fixtures.planningWindow, maximumOccurrencesPerEvent: 100)
        #expect(
            throws: CalendarReadError(
                file: "daily.ics", line: 7, problem: .tooManyOccurrences(limit: 100, uid: "daily"))
        ) {
            try reader.events(in: text, file: "daily.ics")
        }
    }
}
