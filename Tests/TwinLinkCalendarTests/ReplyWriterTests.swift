import Foundation
import Testing
import TwinLinkCalendar

/// `ReplyWriter`: an attendee's answer as a `METHOD:REPLY` (RFC 5546 §3.2.3), made by libical and
/// read back by the same `ReplyReader` that reads replies from a mailbox.
@Suite("Reply writer")
struct ReplyWriterTests {
    static let organiser = CalendarUser(name: "Ewa Nowak", email: "ewa.nowak@krakow.example")
    static let reply = InviteReply(
        uid: "visit-ev-2027-05-nuremberg-forum.person-zablocie-labs-1@krakow.example", sequence: 3,
        attendee: CalendarUser(name: "Szymon Chmiel, Zabłocie Labs", email: "szymon.chmiel@zablocie-labs.example"),
        participationStatus: .tentative, dtstamp: Date(timeIntervalSince1970: 1_796_000_000),
        organiserEmail: organiser.email)

    @Test("the reply reads back as what was answered; the same reply gives the same bytes")
    func roundTrip() throws {
        let text = try ReplyWriter().write(Self.reply, organiser: Self.organiser)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR")
        #expect(lines.contains("METHOD:REPLY"))
        #expect(lines.filter { $0.hasPrefix("ATTENDEE") }.count == 1)
        #expect(lines.contains { $0.hasPrefix("ORGANIZER;CN=Ewa Nowak:mailto:ewa.nowak@krakow.example") })
        #expect(lines.contains("SEQUENCE:3"))
        #expect(lines.contains("DTSTAMP:20261130T005320Z"))
        #expect(!lines.contains { $0.hasPrefix("DTSTART") || $0.hasPrefix("RSVP") || $0.hasPrefix("BEGIN:VALARM") })
        let read = try ReplyReader().replies(in: text, file: "reply.ics")
        #expect(read.count == 1)
        let back = try #require(read.first)
        #expect(back.uid == Self.reply.uid && back.sequence == 3)
        #expect(back.attendee == Self.reply.attendee)
        #expect(back.participationStatus == .tentative)
        #expect(back.dtstamp == Self.reply.dtstamp)
        #expect(back.organiserEmail == Self.organiser.email)
        #expect(try ReplyWriter().write(Self.reply, organiser: Self.organiser) == text)
    }

    @Test("every answer the portal offers is written and read back")
    func answers() throws {
        for status in [ParticipationStatus.accepted, .declined, .tentative] {
            var reply = Self.reply
            reply.participationStatus = status
            reply.comment = "Answered on the portal"
            let text = try ReplyWriter().write(reply, organiser: Self.organiser)
            let back = try #require(try ReplyReader().replies(in: text, file: "reply.ics").first)
            #expect(back.participationStatus == status)
            #expect(back.comment == "Answered on the portal")
        }
    }

    @Test("a reply without its parts is refused before libical sees it")
    func refused() {
        var noStamp = Self.reply
        noStamp.dtstamp = nil
        #expect(throws: InviteWriteError.self) { try ReplyWriter().write(noStamp, organiser: Self.organiser) }
        var own = Self.reply
        own.attendee = CalendarUser(name: "Ewa", email: "EWA.NOWAK@krakow.example")
        #expect(throws: InviteWriteError.organiserIsAttendee(email: Self.organiser.email, uid: Self.reply.uid)) {
            try ReplyWriter().write(own, organiser: Self.organiser)
        }
        var badUID = Self.reply
        badUID.uid = "a\nb"
        #expect(throws: InviteWriteError.invalidUID("a\nb")) {
            try ReplyWriter().write(badUID, organiser: Self.organiser)
        }
        var badAddress = Self.reply
        badAddress.attendee.email = "not an address"
        #expect(throws: InviteWriteError.invalidEmail("not an address", uid: Self.reply.uid)) {
            try ReplyWriter().write(badAddress, organiser: Self.organiser)
        }
    }
}
