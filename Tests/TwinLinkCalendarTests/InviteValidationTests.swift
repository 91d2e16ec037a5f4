import Foundation
import Testing
import TwinLinkCalendar

@Suite("Invites that must not be written")
struct InviteValidationTests {
    let writer = InviteWriter()
    let uid = InviteFixtures.onlineMeeting.uid

    func request(_ change: (inout InviteEvent) -> Void) -> InviteMessage {
        var event = InviteFixtures.onlineMeeting
        change(&event)
        return InviteMessage(method: .request, dtstamp: InviteFixtures.sentAt, event: event)
    }

    @Test("a REQUEST without attendees fails libical's iTIP restriction check, which names the property")
    func restrictionCheck() throws {
        let error = try #require(throws: InviteWriteError.self) {
            try writer.write(request { $0.attendees = [] })
        }
        guard case .failedRestrictionCheck(let failedUID, .request, let problems) = error else {
            Issue.record("expected a restriction failure, got \(error)")
            return
        }
        #expect(failedUID == uid)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("ATTENDEE") == true)
        #expect(
            error.description.contains("breaks iTIP rules (RFC 5546): VEVENT: Failed iTIP restrictions for ATTENDEE"))
    }

    @Test("inputs TwinLink never sends are refused with the reason")
    func refusals() {
        let organiser = InviteAttendee(user: InviteFixtures.organiser)
        let cases: [(InviteMessage, InviteWriteError)] = [
            (request { $0.uid = "" }, .invalidUID("")),
            (request { $0.uid = "a\nb" }, .invalidUID("a\nb")),
            (request { $0.sequence = -1 }, .negativeSequence(uid: uid, sequence: -1)),
            (request { $0.attendees = [organiser] }, .organiserIsAttendee(email: organiser.user.email, uid: uid)),
            (
                request { $0.attendees = [InviteFixtures.zofia, InviteFixtures.zofia] },
                .duplicateAttendee(email: InviteFixtures.zofia.user.email, uid: uid)
            ),
            (
                request {
                    $0.attendees = [InviteAttendee(user: CalendarUser(name: "X", email: "x@y.org\r\nBcc: z@evil.org"))]
                },
                .invalidEmail("x@y.org\r\nBcc: z@evil.org", uid: uid)
            ),
            (
                request {
                    $0.schedule = .timed(
                        start: Fixtures.utc(2027, 3, 2), end: Fixtures.utc(2027, 3, 1), timeZone: "Europe/Warsaw")
                },
                .endBeforeStart(uid: uid)
            ),
            (
                request {
                    $0.schedule = .allDay(
                        first: CalendarDay(year: 2027, month: 2, day: 30),
                        last: CalendarDay(year: 2027, month: 3, day: 1))
                },
                .invalidDay(CalendarDay(year: 2027, month: 2, day: 30), uid: uid)
            ),
            (request { $0.onlineMeetingURL = "meet example org" }, .invalidURL("meet example org", uid: uid)),
            (
                request { $0.geo = GeoPosition(latitude: 95, longitude: 0) },
                .invalidGeo(GeoPosition(latitude: 95, longitude: 0), uid: uid)
            ),
            (
                request { $0.alarm = EventAlarm(minutesBefore: 0, message: "now") },
                .invalidAlarm(minutesBefore: 0, uid: uid)
            ),
            (
                request { $0.status = .cancelled },
                .statusContradictsMethod(status: .cancelled, method: .request, uid: uid)
            ),
            (
                InviteMessage(method: .cancel, dtstamp: InviteFixtures.sentAt, event: InviteFixtures.onlineMeeting),
                .statusContradictsMethod(status: .confirmed, method: .cancel, uid: uid)
            ),
            (
                InviteMessage(method: .reply, dtstamp: InviteFixtures.sentAt, event: InviteFixtures.onlineMeeting),
                .unsupportedMethod(.reply)
            ),
        ]
        for (message, expected) in cases {
            #expect(throws: expected) { try writer.write(message) }
        }
    }

    @Test("the same input gives the same bytes, also from many tasks at once")
    func determinism() async throws {
        let expected = try writer.write(InviteFixtures.request)
        let texts = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<16 {
                group.addTask { try InviteWriter().write(InviteFixtures.request) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(texts.count == 16)
        #expect(texts.allSatisfy { $0 == expected })
    }

    @Test("every line ends in CRLF")
    func lineEnds() throws {
        for text in [try writer.write(InviteFixtures.request), try writer.write(InviteFixtures.feed)] {
            #expect(text.hasSuffix("END:VCALENDAR\r\n"))
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
            #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        }
    }

    @Test("the fingerprint ignores DTSTAMP and SEQUENCE and changes with the time")
    func fingerprint() throws {
        let first = try writer.fingerprint(of: InviteFixtures.request)
        var restamped = InviteFixtures.request
        restamped.dtstamp = InviteFixtures.changedAt
        restamped.event.sequence = 5
        #expect(try writer.fingerprint(of: restamped) == first)
        #expect(try writer.fingerprint(of: InviteFixtures.update) != first)
        #expect(first.count == 16)
    }
}
