import Foundation
import Testing
import TwinLinkMail

/// Wraps the sample invites of `$TWINLINK_ICS_SAMPLES` (written by the calendar tests) in
/// e-mails for the independent checks, with a `messages.json` saying what each must contain.
/// Without the variable it wraps a small calendar in a temporary folder.
@Suite("Sample e-mails for the independent checks")
struct SampleMessagesTests {
    struct Recipient {
        let name: String
        let address: String
    }

    static let recipients: [String: Recipient] = [
        "zofia": Recipient(name: "Zofia Łukasiewicz-Żółć", address: "zofia@drukarnia-krakow.example.pl"),
        "anna": Recipient(name: "Anna \"Ania\" Nowak, PhD", address: "anna@example.com"),
        "olena": Recipient(name: "Олена Коваленко", address: "olena.kovalenko@lviv-it.example.ua"),
        "taro": Recipient(name: "山田 太郎", address: "taro.yamada@example.jp"),
    ]

    @Test("every REQUEST and CANCEL sample gets an .eml whose parts read back as the .ics")
    func writeMessages() throws {
        let environment = ProcessInfo.processInfo.environment["TWINLINK_ICS_SAMPLES"]
        let folder =
            environment.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("eml-samples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            if environment == nil { try? FileManager.default.removeItem(at: folder) }
        }
        var calendars = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter {
                $0.hasSuffix(".ics") && ($0.contains("-request-") || $0.contains("-cancel-") || $0.contains("-update-"))
            }
            .sorted()
        if environment == nil {
            try Data(InviteEmailFixtures.polishCalendar.utf8).write(
                to: folder.appendingPathComponent("demo-request-zofia.ics"))
            calendars = ["demo-request-zofia.ics"]
        }
        #expect(!calendars.isEmpty)

        var manifest: [[String: Any]] = []
        for file in calendars {
            let stem = String(file.dropLast(".ics".count))
            let person = try #require(Self.recipients[String(stem.split(separator: "-").last ?? "")], "\(file)")
            let method: CalendarPartMethod = file.contains("-cancel-") ? .cancel : .request
            let calendar = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let subject = (method == .cancel ? "Odwołane / Cancelled: " : "Zaproszenie / Invitation: ") + stem
            let email = InviteEmail(
                from: InviteEmailFixtures.organiser,
                to: MailAddress(name: person.name, address: person.address),
                subject: subject,
                date: InviteEmailFixtures.sentAt,
                textBody:
                    "Dzień dobry, \(person.name)!\nThe invite is attached; your calendar shows it with Accept and Decline.",
                calendarText: calendar,
                method: method,
                uid: stem,
                sequence: 0
            )
            let text = try InviteEmailWriter().write(email)
            try Data(text.utf8).write(to: folder.appendingPathComponent(stem + ".eml"))
            let parsed = try MIMEEntity(text)
            let calendarPart = try #require(
                parsed.allEntities.first { $0.header("content-type")?.hasPrefix("text/calendar") == true })
            #expect(calendarPart.parameter("method", of: "content-type") == method.rawValue)
            #expect(try calendarPart.decodedBody() == calendar)
            manifest.append([
                "eml": stem + ".eml", "ics": file, "method": method.rawValue, "subject": subject,
                "from": ["name": email.from.name, "address": email.from.address],
                "to": ["name": person.name, "address": person.address],
            ])
        }
        let data = try JSONSerialization.data(
            withJSONObject: ["messages": manifest], options: [.prettyPrinted, .sortedKeys])
        try data.write(to: folder.appendingPathComponent("messages.json"))
    }
}
