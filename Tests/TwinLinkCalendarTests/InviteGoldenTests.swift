import Foundation
import Testing
import TwinLinkCalendar

/// The exact bytes of a request, its update, a withdrawal and the coordinator's feed.
///
/// Run with `TWINLINK_UPDATE_GOLDEN=1` to rewrite the files after a deliberate change, then
/// review the diff: CRLF line ends are kept (`*.ics -text` in .gitattributes).
@Suite("Golden invite files")
struct InviteGoldenTests {
    static let cases: [(file: String, text: @Sendable () throws -> String)] = [
        ("request.ics", { try InviteWriter().write(InviteFixtures.request) }),
        ("update.ics", { try InviteWriter().write(InviteFixtures.update) }),
        ("cancel.ics", { try InviteWriter().write(InviteFixtures.cancel) }),
        ("feed.ics", { try InviteWriter().write(InviteFixtures.feed) }),
    ]

    @Test("each message matches its golden file byte for byte", arguments: 0..<4)
    func golden(_ index: Int) throws {
        let (file, make) = Self.cases[index]
        let text = try make()
        let url = InviteFixtures.goldenURL(file)
        if ProcessInfo.processInfo.environment["TWINLINK_UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
        }
        let golden = try #require(
            try? Data(contentsOf: url),
            "missing \(url.path); run with TWINLINK_UPDATE_GOLDEN=1 to create it"
        )
        #expect(Data(text.utf8) == golden, "\(file) differs from its golden file:\n\(text)")
    }

    @Test("the update keeps the UID, raises SEQUENCE and moves the time")
    func updateAgainstRequest() throws {
        let request = try InviteWriter().write(InviteFixtures.request)
        let update = try InviteWriter().write(InviteFixtures.update)
        #expect(ICSInspection.lines(named: "UID", in: request) == ICSInspection.lines(named: "UID", in: update))
        #expect(ICSInspection.lines(named: "SEQUENCE", in: request) == ["SEQUENCE:0"])
        #expect(ICSInspection.lines(named: "SEQUENCE", in: update) == ["SEQUENCE:1"])
        #expect(ICSInspection.lines(named: "DTSTART", in: update).last == "DTSTART;TZID=Europe/Warsaw:20270317T160000")
        #expect(ICSInspection.lines(named: "DTSTAMP", in: update) == ["DTSTAMP:20270220T093000Z"])
    }

    @Test("the cancel lists only the withdrawn person, is CANCELLED, has a higher SEQUENCE and no alarm")
    func cancelShape() throws {
        let text = try InviteWriter().write(InviteFixtures.cancel)
        #expect(ICSInspection.lines(named: "METHOD", in: text) == ["METHOD:CANCEL"])
        #expect(ICSInspection.lines(named: "STATUS", in: text) == ["STATUS:CANCELLED"])
        #expect(ICSInspection.lines(named: "SEQUENCE", in: text) == ["SEQUENCE:2"])
        let attendees = ICSInspection.lines(named: "ATTENDEE", in: text)
        #expect(attendees.count == 1)
        #expect(attendees.first?.hasSuffix(":mailto:anna@example.com") == true)
        #expect(attendees.first?.contains("RSVP=FALSE") == true)
        #expect(!text.contains("BEGIN:VALARM"))
    }

    @Test("the request carries one attendee asked to reply and a 15-minute display alarm")
    func requestShape() throws {
        let text = try InviteWriter().write(InviteFixtures.request)
        #expect(ICSInspection.lines(named: "METHOD", in: text) == ["METHOD:REQUEST"])
        #expect(ICSInspection.lines(named: "VERSION", in: text) == ["VERSION:2.0"])
        #expect(ICSInspection.lines(named: "PRODID", in: text) == ["PRODID:-//TwinLink//Invites 1.0//EN"])
        #expect(
            ICSInspection.lines(named: "ATTENDEE", in: text) == [
                "ATTENDEE;CN=Zofia Łukasiewicz-Żółć;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;"
                    + "PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:zofia@drukarnia-krakow.example.pl"
            ]
        )
        #expect(
            ICSInspection.lines(named: "ORGANIZER", in: text) == [
                "ORGANIZER;CN=\"TwinLink Kraków, Programme Office\":mailto:programme@twinlink.example.org"
            ]
        )
        let alarm = ICSInspection.contentLines(text).drop { $0 != "BEGIN:VALARM" }.prefix { $0 != "END:VALARM" }
        #expect(
            Array(alarm.dropFirst()).sorted() == [
                "ACTION:DISPLAY", "DESCRIPTION:Online introduction starts in 15 minutes", "TRIGGER:-PT15M",
            ])
        let link = "https://meet.example.org/twinlink-intro-nyc?pwd=abc123"
        #expect(ICSInspection.lines(named: "LOCATION", in: text) == ["LOCATION:\(link)"])
        #expect(ICSInspection.lines(named: "URL", in: text) == ["URL:\(link)"])
        #expect(ICSInspection.lines(named: "DESCRIPTION", in: text).first?.hasSuffix("\\n\\n\(link)") == true)
    }

    @Test("the feed is PUBLISH, names itself, and lists no attendees or alarms")
    func feedShape() throws {
        let text = try InviteWriter().write(InviteFixtures.feed)
        #expect(ICSInspection.lines(named: "METHOD", in: text) == ["METHOD:PUBLISH"])
        #expect(
            ICSInspection.lines(named: "X-WR-CALNAME", in: text) == [
                "X-WR-CALNAME;VALUE=TEXT:TwinLink Kraków 2027\\, all activities"
            ])
        #expect(ICSInspection.lines(named: "UID", in: text).count == 2)
        #expect(ICSInspection.lines(named: "ATTENDEE", in: text).isEmpty)
        #expect(ICSInspection.lines(named: "ORGANIZER", in: text).count == 2)
        #expect(!text.contains("BEGIN:VALARM"))
    }
}
