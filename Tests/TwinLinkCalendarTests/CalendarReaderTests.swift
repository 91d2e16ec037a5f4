import Foundation
import Testing
import TwinLinkCalendar

@Suite("Reading events")
struct CalendarReaderTests {
    let reader = Fixtures.reader

    @Test("several VCALENDARs in one text each keep their METHOD")
    func severalCalendars() throws {
        let text =
            Fixtures.calendar(
                method: "PUBLISH",
                """
                BEGIN:VEVENT
                UID:first@twinlink
                DTSTART;VALUE=DATE:20270503
                SUMMARY:Constitution Day
                END:VEVENT

                """
            )
            + Fixtures.calendar(
                method: "REQUEST",
                """
                BEGIN:VEVENT
                UID:second@twinlink
                DTSTART:20270310T130000Z
                DTEND:20270310T140000Z
                SEQUENCE:2
                END:VEVENT

                """
            )
        let events = try reader.events(in: text, file: "two.ics")
        #expect(events.map(\.uid) == ["first@twinlink", "second@twinlink"])
        #expect(events.map(\.method) == ["PUBLISH", "REQUEST"])
        #expect(events[1].sequence == 2)
    }

    @Test("all-day events end the day after; timed events carry their instant")
    func allDayAndTimed() throws {
        let text = Fixtures.calendar(
            """
            BEGIN:VEVENT
            UID:one-day
            DTSTART;VALUE=DATE:20270503
            END:VEVENT
            BEGIN:VEVENT
            UID:visit
            DTSTART;VALUE=DATE:20270510
            DTEND;VALUE=DATE:20270513
            END:VEVENT
            BEGIN:VEVENT
            UID:call
            DTSTART:20270310T130000Z
            DURATION:PT1H30M
            END:VEVENT

            """
        )
        let events = try reader.events(in: text, file: "mixed.ics")
        #expect(events.map(\.isAllDay) == [true, true, false])
        #expect(events[0].start == Fixtures.day(2027, 5, 3))
        #expect(events[0].end == Fixtures.day(2027, 5, 4))
        #expect(events[1].end == Fixtures.day(2027, 5, 13))
        #expect(events[2].start == .instant(Fixtures.utc(2027, 3, 10, 13), timeZone: nil))
        #expect(events[2].end == .instant(Fixtures.utc(2027, 3, 10, 14, 30), timeZone: nil))
    }

    @Test("text fields are unescaped; categories, status and sequence are read")
    func textFields() throws {
        let text = Fixtures.calendar(
            """
            BEGIN:VEVENT
            UID:meeting@twinlink
            DTSTART:20270310T130000Z
            SUMMARY:Partners\\, mayors\\; and schools
            DESCRIPTION:Agenda:\\n1. Budget
            LOCATION:Town Hall\\, Room 2
            CATEGORIES:MEETING,CIVIC
            CATEGORIES:SCHOOL
            STATUS:CONFIRMED
            SEQUENCE:3
            END:VEVENT

            """
        )
        let event = try #require(try reader.events(in: text, file: "meeting.ics").first)
        #expect(event.summary == "Partners, mayors; and schools")
        #expect(event.description == "Agenda:\n1. Budget")
        #expect(event.location == "Town Hall, Room 2")
        #expect(event.categories == ["MEETING", "CIVIC", "SCHOOL"])
        #expect(event.status == .confirmed)
        #expect(event.sequence == 3)
        #expect(event.method == nil)
    }

    @Test("a TZID is resolved through the file's VTIMEZONE or, bare, through the IANA zones")
    func timeZones() throws {
        let text = Fixtures.calendar(
            """
            BEGIN:VTIMEZONE
            TZID:Twin Town Time
            BEGIN:STANDARD
            DTSTART:19700101T000000
            TZOFFSETFROM:+0300
            TZOFFSETTO:+0300
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            UID:file-zone
            DTSTART;TZID=Twin Town Time:20270310T140000
            DTEND;TZID=Twin Town Time:20270310T150000
            END:VEVENT
            BEGIN:VEVENT
            UID:bare-winter
            DTSTART;TZID=Europe/Warsaw:20270310T140000
            END:VEVENT
            BEGIN:VEVENT
            UID:bare-summer
            DTSTART;TZID=Europe/Warsaw:20270710T140000
            END:VEVENT
            BEGIN:VEVENT
            UID:prefixed
            DTSTART;TZID=/freeassociation.sourceforge.net/America/New_York:20270310T140000
            END:VEVENT

            """
        )
        let starts = try reader.events(in: text, file: "zones.ics").map(\.start)
        #expect(
            starts == [
                .instant(Fixtures.utc(2027, 3, 10, 11), timeZone: "Twin Town Time"),
                .instant(Fixtures.utc(2027, 3, 10, 13), timeZone: "Europe/Warsaw"),
                .instant(Fixtures.utc(2027, 7, 10, 12), timeZone: "Europe/Warsaw"),
                .instant(Fixtures.utc(2027, 3, 10, 19), timeZone: "America/New_York"),
            ]
        )
    }

    @Test("a file VTIMEZONE wins over the IANA zone of the same name")
    func fileZoneWins() throws {
        let text = Fixtures.calendar(
            """
            BEGIN:VTIMEZONE
            TZID:Europe/Warsaw
            BEGIN:STANDARD
            DTSTART:19700101T000000
            TZOFFSETFROM:+0500
            TZOFFSETTO:+0500
            END:STANDARD
            END:VTIMEZONE
            BEGIN:VEVENT
            UID:odd
            DTSTART;TZID=Europe/Warsaw:20270710T140000
            END:VEVENT

            """
        )
        let event = try #require(try reader.events(in: text, file: "odd.ics").first)
        #expect(event.start == .instant(Fixtures.utc(2027, 7, 10, 9), timeZone: "Europe/Warsaw"))
    }

    @Test("only events that overlap the window are returned")
    func window() throws {
        let text = Fixtures.calendar(
            """
            BEGIN:VEVENT
            UID:before
            DTSTART;VALUE=DATE:20251231
            END:VEVENT
            BEGIN:VEVENT
            UID:first-day
            DTSTART;VALUE=DATE:20260101
            END:VEVENT
            BEGIN:VEVENT
            UID:after
            DTSTART:20310101T000000Z
            END:VEVENT

            """
        )
        #expect(try reader.events(in: text, file: "edges.ics").map(\.uid) == ["first-day"])
    }

    @Test("bytes are read as UTF-8, with or without a byte order mark")
    func data() throws {
        let text =
            "\u{FEFF}"
            + Fixtures.calendar(
                """
                BEGIN:VEVENT
                UID:zażółć
                DTSTART;VALUE=DATE:20270503
                SUMMARY:Święto Konstytucji 3 Maja
                END:VEVENT

                """
            )
        let event = try #require(try reader.events(in: Data(text.utf8), file: "pl.ics").first)
        #expect(event.uid == "zażółć")
        #expect(event.summary == "Święto Konstytucji 3 Maja")
    }
}
