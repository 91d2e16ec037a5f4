import Foundation
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkImport
import TwinLinkStore
import TwinLinkTestSupport

/// Event feeds as other producers write them, imported as an upload (`events-<city>.ics`).
@Suite("Calendars from other producers")
struct OtherProducersCalendarTests {
    /// Outlook: Windows zone names with their VTIMEZONE, CRLF, a line break (and spaces) at the end
    /// of every DESCRIPTION.
    static let outlook = [
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
        "BEGIN:VTIMEZONE", "TZID:Central European Standard Time", "BEGIN:STANDARD", "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        "CLASS:PUBLIC", "DESCRIPTION:Erste Zeile.  \\nZweite Zeile.\\n\\n  ",
        "DTEND;TZID=\"Central European Standard Time\":20270303T170000",
        "DTSTAMP:20270101T080000Z", "DTSTART;TZID=\"Central European Standard Time\":20270303T090000",
        "LOCATION:Rathaus", "SUMMARY;LANGUAGE=de:Partnerschaftstag", "UID:outlook-partnerschaftstag-2027",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "END:VEVENT", "BEGIN:VEVENT", "DESCRIPTION:\\n",
        "DTSTART;VALUE=DATE:20270310", "DTEND;VALUE=DATE:20270311", "DTSTAMP:20270101T080000Z",
        "SUMMARY:Messetag", "UID:outlook-messetag-2027", "END:VEVENT", "END:VCALENDAR", "",
    ].joined(separator: "\r\n")

    @Test("Outlook: trailing white space of a DESCRIPTION trimmed (inner kept, an empty one none), Windows zone read")
    func outlook() async throws {
        let workspace = Workspace(store: try RegistryStore.inMemory())
        _ = try await ImportRegistry.run(directory: RepositoryPaths.fixtures, into: workspace.store, now: Date())
        let report = try await ImportCalendars.run(
            files: [InputFile(name: "events-nuremberg.ics", data: Data(Self.outlook.utf8))], workspace: workspace,
            now: try await workspace.now())
        #expect(report.eventsInserted == 2)
        let events = try await workspace.registry().events.filter { $0.source == "feed:events-nuremberg.ics" }
        let day = try #require(events.first { $0.name == "Partnerschaftstag" })
        #expect(day.description == "Erste Zeile.  \nZweite Zeile.")
        guard case .timed(let start, _) = day.schedule else {
            Issue.record("expected a timed event")
            return
        }
        // Central European Standard Time is Windows' name for Europe/Warsaw; 09:00 CET is 08:00 UTC.
        #expect(start.zone.rawValue == "Europe/Warsaw")
        #expect(start.instant == ISO8601DateFormatter().date(from: "2027-03-03T08:00:00Z"))
        #expect(events.first { $0.name == "Messetag" }?.description == nil)
        #expect(TimeZoneID(calendarName: "W. Europe Standard Time")?.rawValue == "Europe/Berlin")
        #expect(TimeZoneID(calendarName: "FLE Standard Time")?.rawValue == "Europe/Kyiv")
        #expect(TimeZoneID(calendarName: "Europe/Kiev")?.rawValue == "Europe/Kyiv")
        #expect(TimeZoneID(calendarName: "Mars Standard Time") == nil)
    }
}
