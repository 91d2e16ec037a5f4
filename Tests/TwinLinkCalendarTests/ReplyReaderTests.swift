import Foundation
import Testing
import TwinLinkCalendar

@Suite("Reading RSVP replies")
struct ReplyReaderTests {
    let reader = ReplyReader()

    @Test("Outlook: a Windows zone name, a comment, an ACCEPTED answer")
    func outlook() throws {
        let replies = try reader.replies(in: ReplyFixtures.outlook, file: "outlook.ics")
        #expect(
            replies == [
                InviteReply(
                    uid: "intro-nyc-2027@twinlink.example.org",
                    sequence: 0,
                    attendee: CalendarUser(name: "Zofia Łukasiewicz-Żółć", email: "zofia@drukarnia-krakow.example.pl"),
                    participationStatus: .accepted,
                    dtstamp: Fixtures.utc(2027, 1, 16, 9, 15),
                    comment: "Będę, dziękuję.\n"
                )
            ]
        )
    }

    @Test("Google, Apple and Thunderbird: DECLINED, TENTATIVE (with MAILTO: in capitals) and ACCEPTED")
    func otherClients() throws {
        let google = try #require(try reader.replies(in: ReplyFixtures.google, file: "google.ics").first)
        #expect(google.participationStatus == .declined)
        #expect(google.attendee.email == "anna@example.com")
        #expect(google.organiserEmail == "programme@twinlink.example.org")
        #expect(google.dtstamp == Fixtures.utc(2027, 1, 16, 10, 10) + 10)

        let apple = try #require(try reader.replies(in: ReplyFixtures.apple, file: "apple.ics").first)
        #expect(apple.participationStatus == .tentative)
        #expect(apple.attendee == CalendarUser(name: "山田 太郎", email: "taro.yamada@example.jp"))
        #expect(apple.uid == "visit-lviv-2027@twinlink.example.org")

        let thunderbird = try #require(try reader.replies(in: ReplyFixtures.thunderbird, file: "tb.ics").first)
        #expect(thunderbird.participationStatus == .accepted)
        #expect(thunderbird.attendee.name == "Олена Коваленко")
        #expect(thunderbird.sequence == 1)
    }

    @Test("a minimal reply reads with RFC 5545's defaults")
    func minimal() throws {
        let reply = try #require(try reader.replies(in: ReplyFixtures.minimal, file: "min.ics").first)
        #expect(reply.participationStatus == .needsAction)
        #expect(reply.sequence == 0)
        #expect(reply.dtstamp == nil)
        #expect(reply.attendee == CalendarUser(name: "", email: "jan@example.de"))
    }

    @Test("a reply file on disk and its bytes read the same")
    func fromFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reply-\(UUID().uuidString).ics")
        try Data(ReplyFixtures.thunderbird.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try reader.replies(inFileAt: url) == reader.replies(in: ReplyFixtures.thunderbird, file: "tb.ics"))
    }

    static let broken: [(name: String, text: String, line: Int?, problem: CalendarReadError.Problem)] = [
        ("garbage", "Thanks, I'll come!\n", nil, .notICalendar),
        (
            "an invite, not a reply",
            ReplyFixtures.google.replacingOccurrences(of: "METHOD:REPLY", with: "METHOD:REQUEST"),
            5,
            .invalidValue(property: "METHOD", value: "REQUEST", uid: nil)
        ),
        (
            "no ATTENDEE",
            Fixtures.calendar(method: "REPLY", "BEGIN:VEVENT\nUID:x@twinlink\nEND:VEVENT\n"),
            5,
            .missingProperty("ATTENDEE", uid: "x@twinlink")
        ),
        (
            "no UID",
            Fixtures.calendar(method: "REPLY", "BEGIN:VEVENT\nATTENDEE:mailto:a@b.org\nEND:VEVENT\n"),
            5,
            .missingProperty("UID", uid: nil)
        ),
        (
            "an ATTENDEE that is not mailto:",
            Fixtures.calendar(method: "REPLY", "BEGIN:VEVENT\nUID:x@twinlink\nATTENDEE:https://a.b/\nEND:VEVENT\n"),
            7,
            .invalidValue(property: "ATTENDEE", value: "https://a.b/", uid: "x@twinlink")
        ),
        (
            "a PARTSTAT for tasks, not events",
            Fixtures.calendar(
                method: "REPLY",
                "BEGIN:VEVENT\nUID:x@twinlink\nATTENDEE;PARTSTAT=COMPLETED:mailto:a@b.org\nEND:VEVENT\n"
            ),
            7,
            .invalidValue(property: "PARTSTAT", value: "COMPLETED", uid: "x@twinlink")
        ),
        (
            "a SEQUENCE that is not a number",
            Fixtures.calendar(
                method: "REPLY",
                "BEGIN:VEVENT\nUID:x@twinlink\nSEQUENCE:two\nATTENDEE:mailto:a@b.org\nEND:VEVENT\n"
            ),
            7,
            .invalidValue(property: "SEQUENCE", value: "two", uid: "x@twinlink")
        ),
        (
            "a truncated file",
            String(ReplyFixtures.thunderbird.prefix(300)),
            5,
            .unterminatedComponent("VEVENT")
        ),
    ]

    @Test("broken replies name the file and line", arguments: 0..<8)
    func brokenReplies(_ index: Int) {
        let (name, text, line, problem) = Self.broken[index]
        #expect(throws: CalendarReadError(file: "reply.ics", line: line, problem: problem), "\(name)") {
            try reader.replies(in: text, file: "reply.ics")
        }
    }
}
