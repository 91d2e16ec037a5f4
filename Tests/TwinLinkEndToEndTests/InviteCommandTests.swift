import Foundation
import Testing
import TwinLinkTestSupport

@Suite("twinlink invites and import-replies", .serialized)
struct InviteCommandTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    func copyOfFixtures() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-invites-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["fixtures", "calendars"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    /// Import, holidays and plan, without writing invites (as `run` would).
    func prepare(_ root: URL, _ db: String) throws {
        #expect(try cli.run("import", root.appendingPathComponent("fixtures").path, "--db", db).status == 0)
        #expect(try cli.run("import-calendar", root.appendingPathComponent("calendars").path, "--db", db).status == 0)
        #expect(try cli.run("plan", "--db", db).status == 0)
    }

    func manifest(_ folder: URL) throws -> [[String: Any]] {
        let data = try Data(contentsOf: folder.appendingPathComponent("manifest.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(document["changes"] as? [[String: Any]])
    }

    @Test("invites are written once, updated with a higher SEQUENCE on change, cancelled on withdrawal")
    func lifecycle() throws {
        let root = try copyOfFixtures()
        let db = root.appendingPathComponent("db.sqlite").path
        try prepare(root, db)

        let first = root.appendingPathComponent("invites-1")
        let written = try cli.run("invites", "--out", first.path, "--db", db)
        #expect(written.status == 0, "\(written.stderr)")
        let changes = try manifest(first)
        #expect(!changes.isEmpty)
        #expect(changes.allSatisfy { $0["change"] as? String == "new" && $0["sequence"] as? Int == 0 })
        let intro = first.appendingPathComponent("intro-ev-2027-11-budapest-food/person-city-budapest.ics")
        let ics = try String(contentsOf: intro, encoding: .utf8)
        #expect(ics.contains("METHOD:REQUEST\r\n"))
        #expect(ics.contains("SEQUENCE:0\r\n"))
        #expect(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Warsaw"))
        #expect(ics.contains("RSVP=TRUE"))
        let eml = try String(
            contentsOf: first.appendingPathComponent("intro-ev-2027-11-budapest-food/person-city-budapest.eml"),
            encoding: .utf8)
        #expect(eml.contains("method=REQUEST"))
        #expect(FileManager.default.fileExists(atPath: first.appendingPathComponent("feeds/programme.ics").path))

        // Nothing changed: nothing is written again.
        let second = root.appendingPathComponent("invites-2")
        let again = try cli.run("invites", "--out", second.path, "--db", db)
        #expect(again.stdout.hasPrefix("Invites: 0 new, 0 updated, 0 cancelled,"))
        #expect(try manifest(second).isEmpty)

        // The Budapest expo is renamed: its invites are updated with SEQUENCE 1 and the same UID.
        let events = root.appendingPathComponent("fixtures/events.csv")
        let text = try String(contentsOf: events, encoding: .utf8)
        try text.replacingOccurrences(of: "Budapest Food & Hospitality Expo 2027", with: "Budapest Food Expo 2027")
            .write(to: events, atomically: true, encoding: .utf8)
        try prepare(root, db)
        let third = root.appendingPathComponent("invites-3")
        #expect(try cli.run("invites", "--out", third.path, "--db", db).status == 0)
        let updates = try manifest(third)
        #expect(!updates.isEmpty)
        #expect(updates.allSatisfy { ($0["activity"] as? String)?.hasSuffix("ev-2027-11-budapest-food") == true })
        #expect(updates.allSatisfy { $0["change"] as? String == "updated" && $0["sequence"] as? Int == 1 })
        let updated = try String(
            contentsOf: third.appendingPathComponent("intro-ev-2027-11-budapest-food/person-city-budapest.ics"),
            encoding: .utf8)
        #expect(updated.contains("SEQUENCE:1\r\n"))
        #expect(uid(of: updated) == uid(of: ics))

        // The visit is dropped: everyone invited gets a CANCEL with a higher SEQUENCE.
        let dropped = try String(contentsOf: events, encoding: .utf8)
        let lines = dropped.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("ev-2027-11-budapest-food,")
                ? line.replacingOccurrences(of: ",outgoing,", with: ",none,") : String(line)
        }
        try lines.joined(separator: "\n").write(to: events, atomically: true, encoding: .utf8)
        try prepare(root, db)
        let fourth = root.appendingPathComponent("invites-4")
        #expect(try cli.run("invites", "--out", fourth.path, "--db", db).status == 0)
        let cancels = try manifest(fourth)
        #expect(cancels.count == updates.count)
        #expect(cancels.allSatisfy { $0["change"] as? String == "cancelled" && $0["method"] as? String == "CANCEL" })
        let cancel = try String(
            contentsOf: fourth.appendingPathComponent("intro-ev-2027-11-budapest-food/person-city-budapest.ics"),
            encoding: .utf8)
        #expect(cancel.contains("METHOD:CANCEL\r\n"))
        #expect(cancel.contains("STATUS:CANCELLED\r\n"))
        #expect(cancel.contains("SEQUENCE:2\r\n"))
        #expect(!cancel.contains("BEGIN:VALARM"))
        #expect(uid(of: cancel) == uid(of: ics))
    }

    @Test("replies are recorded for the invited person; unknown UIDs and strangers are reported")
    func replies() throws {
        let root = try copyOfFixtures()
        let db = root.appendingPathComponent("db.sqlite").path
        try prepare(root, db)
        let out = root.appendingPathComponent("invites")
        #expect(try cli.run("invites", "--out", out.path, "--db", db).status == 0)
        let invite = try String(
            contentsOf: out.appendingPathComponent("intro-ev-2027-11-budapest-food/person-city-budapest.ics"),
            encoding: .utf8)
        let theUID = try #require(uid(of: invite))
        let attendee = try #require(attendeeEmail(of: invite))
        let replies = root.appendingPathComponent("replies")
        try FileManager.default.createDirectory(at: replies, withIntermediateDirectories: true)
        func reply(_ uid: String, _ email: String, _ status: String) -> String {
            [
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//Mail client//EN", "METHOD:REPLY", "BEGIN:VEVENT",
                "UID:\(uid)", "DTSTAMP:20261202T090000Z", "SEQUENCE:0", "DTSTART:20271018T080000Z",
                "ORGANIZER:mailto:bridge@twinlink.example", "ATTENDEE;PARTSTAT=\(status):mailto:\(email)", "END:VEVENT",
                "END:VCALENDAR", "",
            ].joined(separator: "\r\n")
        }
        try reply(theUID, attendee, "ACCEPTED").write(
            to: replies.appendingPathComponent("a.ics"), atomically: true, encoding: .utf8)
        let recorded = try cli.run("import-replies", replies.appendingPathComponent("a.ics").path, "--db", db)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout.contains("recorded  \(attendee) ACCEPTED for \(theUID)"))

        try reply("no-such-uid@x.example", attendee, "DECLINED").write(
            to: replies.appendingPathComponent("b.ics"), atomically: true, encoding: .utf8)
        try reply(theUID, "stranger@x.example", "ACCEPTED").write(
            to: replies.appendingPathComponent("c.ics"), atomically: true, encoding: .utf8)
        let mixed = try cli.run("import-replies", replies.path, "--db", db)
        #expect(mixed.status == 65)
        #expect(mixed.stderr.contains("b.ics: not recorded: no invite with UID no-such-uid@x.example was sent"))
        #expect(mixed.stderr.contains("c.ics: not recorded: stranger@x.example was not invited to \(theUID)"))
        let export = try cli.run("export", "--json", "--db", db)
        #expect(export.status == 0)
    }

    @Test("--send hands each new message to the sendmail command")
    func send() throws {
        let root = try copyOfFixtures()
        let db = root.appendingPathComponent("db.sqlite").path
        try prepare(root, db)
        let log = root.appendingPathComponent("sent.log")
        let fake = root.appendingPathComponent("fake-sendmail")
        try "#!/bin/sh\ncat >> '\(log.path)'\necho '----' >> '\(log.path)'\n".write(
            to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let result = try cli.run(
            "invites", "intro-ev-2027-11-budapest-food", "--out",
            root.appendingPathComponent("invites").path, "--send", "--sendmail", fake.path, "--db", db)
        #expect(result.status == 0, "\(result.stderr)")
        let sent = try String(contentsOf: log, encoding: .utf8)
        let count = sent.components(separatedBy: "----").count - 1
        // In the plural form the count needs ("1 e-mail", "2 e-mails").
        #expect(result.stdout.contains("Sent \(count) \(count == 1 ? "e-mail" : "e-mails") through "))
        #expect(count >= 1)
        #expect(sent.contains("Content-Type: text/calendar"))
    }

    private func uid(of ics: String) -> String? {
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        return unfolded.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") }.map { String($0.dropFirst(4)) }
    }

    private func attendeeEmail(of ics: String) -> String? {
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        guard let line = unfolded.components(separatedBy: "\r\n").first(where: { $0.hasPrefix("ATTENDEE") }),
            let range = line.range(of: "mailto:")
        else { return nil }
        return String(line[range.upperBound...])
    }
}
