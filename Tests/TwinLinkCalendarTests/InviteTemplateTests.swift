import Foundation
import Testing

@testable import TwinLinkCalendar

/// Invites made from a template have the bytes libical gives the whole message, and every
/// distinct template passes `icalrestriction_check` (which the writer runs once per template).
@Suite struct InviteTemplateTests {
    static let attendees = [InviteFixtures.zofia, InviteFixtures.olena, InviteFixtures.taro, InviteFixtures.anna]

    static var messages: [InviteMessage] {
        var messages: [InviteMessage] = []
        for (index, attendee) in attendees.enumerated() {
            var request = InviteMessage.request(
                of: InviteFixtures.onlineMeeting, for: attendee, dtstamp: InviteFixtures.sentAt)
            request.event.uid = "meeting-\(index)@twinlink.example"
            request.event.sequence = index * 7
            messages.append(request)
            var visit = InviteMessage.request(
                of: InviteFixtures.studyVisit, for: attendee, dtstamp: InviteFixtures.sentAt)
            visit.event.uid = "visit-\(index)-" + String(repeating: "long-uid-", count: index * 4) + "@example.org"
            messages.append(visit)
            messages.append(
                InviteMessage.withdrawal(
                    of: attendee, from: InviteFixtures.movedMeeting, sequence: 3 + index,
                    dtstamp: InviteFixtures.changedAt))
        }
        return messages
    }

    @Test func aTemplatedInviteHasTheBytesOfTheWholeMessageBuiltByLibical() throws {
        let writer = InviteWriter()
        for message in Self.messages {
            let whole = try CalendarMessageAssembler(
                method: message.method, productID: writer.productID, zoneRulesPeriod: writer.zoneRulesPeriod,
                dtstamp: message.dtstamp
            ).text(of: [message.event], label: message.event.uid)
            #expect(try writer.write(message) == whole)
        }
    }

    @Test func oneWriterMakesEachTemplateOnceAndFillsItPerMessage() throws {
        let writer = InviteWriter()
        let first = try Self.messages.map { try writer.write($0) }
        let again = try Self.messages.map { try InviteWriter().write($0) }
        #expect(first == again)
        #expect(writer.templates.count == 3)
    }

    @Test func aMessageThatFailsTheChecksFailsThroughTheTemplateToo() throws {
        let writer = InviteWriter()
        var broken = Self.messages[0]
        _ = try writer.write(broken)
        broken.event.attendees[0].user.email = "not an address"
        #expect(throws: InviteWriteError.self) { try writer.write(broken) }
    }
}
