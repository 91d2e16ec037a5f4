import Foundation
import Testing

@testable import TwinLinkCalendar

@Suite("Escaping in invites")
struct InviteEscapingTests {
    static let awkward = "Kraków, Lwów; \"Łódź\" \\ back\nДругий рядок: Київ, Львів; 東京と大阪、会議"

    func message(summary: String, description: String, location: String?) -> InviteMessage {
        var event = InviteFixtures.studyVisit
        event.summary = summary
        event.description = description
        event.location = location
        return InviteMessage.request(of: event, for: InviteFixtures.taro, dtstamp: InviteFixtures.sentAt)
    }

    @Test("commas, semicolons, backslashes and newlines are escaped; quotes and non-ASCII are kept")
    func textValues() throws {
        let text = try InviteWriter().write(
            message(summary: Self.awkward, description: Self.awkward, location: Self.awkward))
        let escaped = "Kraków\\, Lwów\\; \"Łódź\" \\\\ back\\nДругий рядок: Київ\\, Львів\\; 東京と大阪、会議"
        for name in ["SUMMARY", "DESCRIPTION", "LOCATION"] {
            // The first DESCRIPTION is the event's; the VALARM has its own.
            #expect(ICSInspection.lines(named: name, in: text).first == "\(name):\(escaped)")
        }
        let read = try #require(try Fixtures.reader.events(in: text, file: "escaped.ics").first)
        #expect(read.summary == Self.awkward)
        #expect(read.description == Self.awkward)
        #expect(read.location == Self.awkward)
    }

    @Test("CR and CRLF become line breaks; other control characters are dropped")
    func controlCharacters() throws {
        let text = try InviteWriter().write(message(summary: "a\r\nb\rc\u{7}d\te", description: "x", location: nil))
        let read = try #require(try Fixtures.reader.events(in: text, file: "controls.ics").first)
        #expect(read.summary == "a\nb\ncd\te")
    }

    @Test("names with commas and quotes stay one parameter; quotes become apostrophes")
    func commonNames() throws {
        let text = try InviteWriter().write(InviteFixtures.cancel)
        #expect(
            ICSInspection.lines(named: "ATTENDEE", in: text).first?.hasPrefix("ATTENDEE;CN=\"Anna 'Ania' Nowak, PhD\";")
                == true)
        for attendee in [InviteFixtures.olena, InviteFixtures.taro] {
            let invite = try InviteWriter().write(
                .request(of: InviteFixtures.studyVisit, for: attendee, dtstamp: InviteFixtures.sentAt))
            #expect(
                ICSInspection.lines(named: "ATTENDEE", in: invite).first?.hasPrefix(
                    "ATTENDEE;CN=\(attendee.user.name);") == true)
        }
    }

    @Test("X- properties get their commas and semicolons escaped, which libical skips on its own")
    func xProperties() throws {
        let feed = CalendarFeed(
            name: "Kraków, Lviv; \"twin\" \\ cities", summary: "line one\nline two", dtstamp: InviteFixtures.sentAt,
            events: [InviteFixtures.studyVisit])
        let text = try InviteWriter().write(feed)
        #expect(
            ICSInspection.lines(named: "X-WR-CALNAME", in: text) == [
                "X-WR-CALNAME;VALUE=TEXT:Kraków\\, Lviv\\; \"twin\" \\\\ cities"
            ])
        #expect(ICSInspection.lines(named: "X-WR-CALDESC", in: text) == ["X-WR-CALDESC;VALUE=TEXT:line one\\nline two"])
        let calendar = try #require(ICalComponent.parse(text))
        let names = calendar.properties().filter { $0.name == "X-WR-CALNAME" }
        #expect(names.map(\.text) == ["Kraków, Lviv; \"twin\" \\ cities"])
    }

    @Test("folded lines stay within 75 octets and never split a UTF-8 character")
    func folding() throws {
        let long = String(repeating: "東京と大阪の会議、Łódź i Київ; ", count: 12) + "koniec"
        let text = try InviteWriter().write(message(summary: long, description: long, location: long))
        for line in ICSInspection.physicalLines(text) {
            #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)")
        }
        // Each physical line must be valid UTF-8 on its own.
        let bytes = Array(text.utf8)
        var start = 0
        for index in bytes.indices where index + 1 < bytes.count && bytes[index] == 13 && bytes[index + 1] == 10 {
            #expect(String(validating: bytes[start..<index], as: UTF8.self) != nil, "a line splits a character")
            start = index + 2
        }
        let read = try #require(try Fixtures.reader.events(in: text, file: "long.ics").first)
        #expect(read.summary == long)
    }

    @Test("a category with a comma or semicolon is refused: libical would not escape it")
    func categories() {
        var event = InviteFixtures.studyVisit
        event.categories = ["Visit, Lviv"]
        #expect(throws: InviteWriteError.invalidCategory("Visit, Lviv", uid: event.uid)) {
            try InviteWriter().write(.request(of: event, for: InviteFixtures.olena, dtstamp: InviteFixtures.sentAt))
        }
    }
}
