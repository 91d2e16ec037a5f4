import Foundation
import Testing
import TwinLinkCalendar

/// Calendar files from other producers (issue 13 §4).
@Suite struct CalendarInputDefectTests {
    /// Google Calendar writes `DESCRIPTION:` and `LOCATION:` with nothing after the colon.
    @Test func aGoogleCalendarExportWithEmptyTextPropertiesIsRead() throws {
        let text = Fixtures.calendar(
            """
            X-WR-CALNAME:Nuremberg events
            BEGIN:VEVENT
            DTSTART:20270504T070000Z
            DTEND:20270504T153000Z
            DTSTAMP:20261201T100000Z
            UID:abc123@google.com
            CREATED:20261101T100000Z
            DESCRIPTION:
            LAST-MODIFIED:20261101T100000Z
            LOCATION:
            SEQUENCE:0
            STATUS:CONFIRMED
            SUMMARY:Business Forum
            TRANSP:OPAQUE
            END:VEVENT

            """)
        let events = try Fixtures.reader.events(in: text, file: "google.ics")
        #expect(events.count == 1)
        let event = try #require(events.first)
        #expect(event.summary == "Business Forum")
        let description = event.description ?? ""
        let location = event.location ?? ""
        #expect(description.isEmpty)
        #expect(location.isEmpty)
    }

    static let floating = """
        BEGIN:VEVENT
        UID:floating@partner
        DTSTART:20270504T090000
        DTEND:20270504T173000
        SUMMARY:Forum
        END:VEVENT

        """

    @Test func aFloatingTimeIsTheLocalTimeOfTheFeedsCity() throws {
        var reader = Fixtures.reader
        reader.floatingTimeZone = "Europe/Berlin"
        let event = try #require(try reader.events(in: Fixtures.calendar(Self.floating), file: "f.ics").first)
        #expect(event.start == .instant(Fixtures.utc(2027, 5, 4, 7), timeZone: "Europe/Berlin"))
        #expect(event.end == .instant(Fixtures.utc(2027, 5, 4, 15, 30), timeZone: "Europe/Berlin"))
    }

    @Test func xWRTimezoneNamesTheZoneOfFloatingTimes() throws {
        var reader = Fixtures.reader
        reader.floatingTimeZone = "Europe/Berlin"
        let text = Fixtures.calendar("X-WR-TIMEZONE:America/New_York\n" + Self.floating)
        let event = try #require(try reader.events(in: text, file: "f.ics").first)
        #expect(event.start == .instant(Fixtures.utc(2027, 5, 4, 13), timeZone: "America/New_York"))
    }
}

/// Holiday feeds that mix observances with public holidays, and old zone names.
@Suite struct HolidayFeedDefectTests {
    @Test func googlesObservancesAreToldApartFromPublicHolidays() throws {
        let text = Fixtures.calendar(
            """
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20270208
            DTEND;VALUE=DATE:20270209
            UID:20270208_carnival@google.com
            SUMMARY:Carnival Monday
            DESCRIPTION:Observance\\nTo hide observances\\, go to Google Calendar Settings > Holidays in Germany
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20271003
            DTEND;VALUE=DATE:20271004
            UID:20271003_unity@google.com
            SUMMARY:Day of German Unity
            DESCRIPTION:Public holiday
            END:VEVENT

            """)
        let events = try Fixtures.reader.events(in: text, file: "holidays-DE.ics")
        #expect(events.map(\.isObservance) == [true, false])
    }

    @Test func anOldZoneNameIsStoredUnderItsCanonicalName() throws {
        let text = Fixtures.calendar(
            """
            BEGIN:VEVENT
            UID:kiev@partner
            DTSTART;TZID=Europe/Kiev:20270504T090000
            DTEND;TZID=Europe/Kiev:20270504T170000
            SUMMARY:Forum
            END:VEVENT

            """)
        let event = try #require(try Fixtures.reader.events(in: text, file: "events-lviv.ics").first)
        #expect(event.start == .instant(Fixtures.utc(2027, 5, 4, 6), timeZone: "Europe/Kyiv"))
    }
}
