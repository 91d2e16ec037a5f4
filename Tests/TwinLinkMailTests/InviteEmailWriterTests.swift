import Foundation
import Testing

@testable import TwinLinkMail

@Suite("Invite e-mails")
struct InviteEmailWriterTests {
    let writer = InviteEmailWriter()

    @Test("mixed(alternative(text, calendar), attachment), read back with decoded headers and bodies")
    func structure() throws {
        let email = InviteEmailFixtures.email()
        let message = try MIMEEntity(try writer.write(email))
        #expect(message.header("from") == "TwinLink Kraków, Programme Office <programme@twinlink.example.org>")
        #expect(message.header("to") == "Zofia Łukasiewicz-Żółć <zofia@drukarnia-krakow.example.pl>")
        #expect(message.header("subject") == email.subject)
        #expect(message.header("date") == "Fri, 15 Jan 2027 08:00:00 +0000")
        #expect(message.header("mime-version") == "1.0")
        #expect(message.header("content-type")?.hasPrefix("multipart/mixed;") == true)
        #expect(message.parts.count == 2)

        let alternative = message.parts[0]
        #expect(alternative.header("content-type")?.hasPrefix("multipart/alternative;") == true)
        #expect(
            alternative.parts.map { $0.header("content-type") ?? "" } == [
                "text/plain; charset=UTF-8", "text/calendar; charset=UTF-8; method=REQUEST",
            ])
        #expect(try alternative.parts[0].decodedBody() == email.textBody.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(try alternative.parts[1].decodedBody() == email.calendarText)

        let attachment = message.parts[1]
        #expect(attachment.header("content-type") == "application/ics; name=\"invite.ics\"")
        #expect(attachment.header("content-disposition") == "attachment; filename=\"invite.ics\"")
        #expect(try attachment.decodedBody() == email.calendarText)
    }

    @Test("the organiser's name with a comma is quoted, not encoded, when it is ASCII")
    func quotedName() throws {
        var email = InviteEmailFixtures.email()
        email.from = MailAddress(
            name: "Programme Office, City Hall \"TwinLink\"", address: "programme@twinlink.example.org")
        let message = try MIMEEntity(try writer.write(email))
        #expect(
            message.header("from")
                == "\"Programme Office, City Hall \\\"TwinLink\\\"\" <programme@twinlink.example.org>")
    }

    @Test("every line ends in CRLF; header lines stay within 78 characters and body lines within 76")
    func lineLengths() throws {
        let text = try writer.write(InviteEmailFixtures.email())
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\r"))
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 78, "\(line.utf8.count): \(line)")
            #expect(line.allSatisfy { $0.isASCII }, "non-ASCII on the wire: \(line)")
        }
    }

    @Test("an ASCII calendar goes 7bit and reads back byte for byte, final CRLF included")
    func sevenBit() throws {
        let email = InviteEmailFixtures.email(
            calendar: InviteEmailFixtures.asciiCalendar, method: .cancel, subject: "Cancelled: online introduction",
            body: "The meeting is cancelled.")
        let message = try MIMEEntity(try writer.write(email))
        let calendarPart = message.parts[0].parts[1]
        #expect(calendarPart.header("content-type") == "text/calendar; charset=UTF-8; method=CANCEL")
        #expect(calendarPart.header("content-transfer-encoding") == "7bit")
        #expect(try calendarPart.decodedBody() == InviteEmailFixtures.asciiCalendar)
        #expect(message.parts[0].parts[0].header("content-transfer-encoding") == "7bit")
        #expect(message.header("subject") == "Cancelled: online introduction")
    }

    @Test("the same input gives the same bytes; Message-ID depends on UID, SEQUENCE and recipient")
    func determinism() throws {
        let email = InviteEmailFixtures.email()
        let first = try writer.write(email)
        #expect(try writer.write(email) == first)
        let messageID = try #require(try MIMEEntity(first).header("message-id"))
        #expect(messageID.hasPrefix("<twinlink."))
        #expect(messageID.hasSuffix("@twinlink.example.org>"))
        var update = email
        update.sequence = 1
        var other = email
        other.to = MailAddress(name: "Anna", address: "anna@example.com")
        for changed in [update, other] {
            #expect(try MIMEEntity(try writer.write(changed)).header("message-id") != messageID)
        }
    }

    @Test("addresses that could inject headers, and unsafe attachment names, are refused")
    func refusals() {
        var email = InviteEmailFixtures.email()
        email.to = MailAddress(name: "X", address: "x@example.org\r\nBcc: all@example.org")
        #expect(throws: MailCompositionError.invalidAddress("x@example.org\r\nBcc: all@example.org")) {
            try writer.write(email)
        }
        email = InviteEmailFixtures.email()
        email.attachmentName = "../invite.ics"
        #expect(throws: MailCompositionError.invalidAttachmentName("../invite.ics")) { try writer.write(email) }
    }

    @Test("a name or subject with line breaks cannot add a header")
    func headerInjection() throws {
        var email = InviteEmailFixtures.email()
        email.subject = "Hello\r\nBcc: all@example.org"
        email.to.name = "Zofia\nX-Evil: 1"
        let message = try MIMEEntity(try writer.write(email))
        #expect(message.header("bcc") == nil)
        #expect(message.header("x-evil") == nil)
        #expect(message.header("subject") == "Hello Bcc: all@example.org")
    }
}
