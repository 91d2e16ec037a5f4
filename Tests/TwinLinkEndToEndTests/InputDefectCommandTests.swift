import Foundation
import Testing
import TwinLinkTestSupport

/// Issue 13 defects seen through the real binary: folding of every invite and e-mail the main job
/// writes, names escaped in summary.md, nothing changed when a calendar is wrong, observances.
@Suite("Input and calendar defects through the command line", .serialized)
struct InputDefectCommandTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    func copyOfFixtures() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-defects-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["fixtures", "calendars"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    func files(under folder: URL, ending suffix: String) -> [URL] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.lastPathComponent.hasSuffix(suffix) }
            .sorted { $0.path < $1.path }
    }

    /// Bare CR or LF, lines over `limit` octets, empty continuation lines, continuations that
    /// start inside a UTF-8 sequence, bytes that are not UTF-8.
    static func lineFaults(_ bytes: [UInt8], limit: Int) -> [String] {
        var faults: [String] = []
        var start = 0
        var index = 0
        var lines: [ArraySlice<UInt8>] = []
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                lines.append(bytes[start..<index])
                index += 2
                start = index
                continue
            }
            if bytes[index] == 0x0D || bytes[index] == 0x0A { faults.append("bare \(bytes[index]) at byte \(index)") }
            index += 1
        }
        if start != bytes.count { faults.append("no CRLF at the end") }
        for (number, line) in lines.enumerated() {
            if line.count > limit { faults.append("line \(number + 1): \(line.count) octets") }
            if line.first == 0x20 && line.count == 1 { faults.append("line \(number + 1): empty continuation") }
            if line.first == 0x20, line.count > 1, line[line.startIndex + 1] & 0xC0 == 0x80 {
                faults.append("line \(number + 1): continuation inside a UTF-8 sequence")
            }
        }
        if String(validating: bytes, as: UTF8.self) == nil { faults.append("not UTF-8") }
        return faults
    }

    /// The base64 bodies of the calendar parts of a MIME message, decoded.
    static func calendarParts(of message: String) -> [Data] {
        var parts: [Data] = []
        let lines = message.components(separatedBy: "\r\n")
        var index = 0
        while index < lines.count {
            let line = lines[index].lowercased()
            index += 1
            guard line.hasPrefix("content-type: text/calendar") || line.hasPrefix("content-type: application/ics")
            else { continue }
            while index < lines.count, !lines[index].isEmpty { index += 1 }
            var body = ""
            index += 1
            while index < lines.count, !lines[index].hasPrefix("--"), !lines[index].isEmpty {
                body += lines[index]
                index += 1
            }
            if let data = Data(base64Encoded: body) { parts.append(data) }
        }
        return parts
    }

    @Test("every invite and e-mail of the main job is folded right, to the byte")
    func everyFixtureInviteIsFoldedRight() throws {
        let root = try copyOfFixtures()
        let out = root.appendingPathComponent("out")
        let db = root.appendingPathComponent("db.sqlite").path
        let run = try cli.run("run", root.appendingPathComponent("fixtures").path, "--out", out.path, "--db", db)
        #expect(run.status == 0, "\(run.stderr)")
        let invites = files(under: out.appendingPathComponent("invites"), ending: ".ics")
        let messages = files(under: out.appendingPathComponent("invites"), ending: ".eml")
        // Only seated firms are scheduled and invited (issue 10): about 200 messages on the fixtures.
        #expect(messages.count > 150)
        // Each message's invite, and the feeds.
        #expect(invites.count > messages.count)
        var checked = 0
        for file in invites {
            let faults = Self.lineFaults([UInt8](try Data(contentsOf: file)), limit: 75)
            #expect(faults.isEmpty, "\(file.path): \(faults)")
            checked += 1
        }
        for file in messages {
            let data = try Data(contentsOf: file)
            let faults = Self.lineFaults([UInt8](data), limit: 998)
            #expect(faults.isEmpty, "\(file.path): \(faults)")
            let parts = Self.calendarParts(of: String(decoding: data, as: UTF8.self))
            #expect(parts.count == 2, "\(file.path)")
            for part in parts {
                let partFaults = Self.lineFaults([UInt8](part), limit: 75)
                #expect(partFaults.isEmpty, "\(file.path): \(partFaults)")
                let unfolded = String(decoding: part, as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
                #expect(!unfolded.contains("\r\r"), "\(file.path)")
            }
            checked += 1
        }
        #expect(checked == invites.count + messages.count)
    }

    @Test("summary.md escapes names as the other Markdown files do")
    func summaryEscapesNames() throws {
        let root = try copyOfFixtures()
        let cities = root.appendingPathComponent("fixtures/partner_cities.csv")
        var text = try String(contentsOf: cities, encoding: .utf8)
        let hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)> Nuremberg"
        text = text.replacingOccurrences(of: ",Nuremberg,", with: ",\(hostile),")
        try text.write(to: cities, atomically: true, encoding: .utf8)
        let out = root.appendingPathComponent("out")
        let db = root.appendingPathComponent("db.sqlite").path
        let run = try cli.run("run", root.appendingPathComponent("fixtures").path, "--out", out.path, "--db", db)
        #expect(run.status == 0, "\(run.stderr)")
        let summary = try String(contentsOf: out.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.contains("\\<script\\>alert(1)\\</script\\> \\<img src=x onerror=alert(2)\\> Nuremberg"))
        // No `<` that is not escaped: a Markdown renderer shows the name, it runs nothing.
        let unescaped = summary.replacingOccurrences(of: "\\<", with: "")
        #expect(!unescaped.contains("<script"))
        #expect(!unescaped.contains("<img"))
    }

    @Test("run with a feed for an unknown city changes nothing")
    func runChecksBeforeItChanges() throws {
        let root = try copyOfFixtures()
        try FileManager.default.copyItem(
            at: root.appendingPathComponent("calendars/events-kyoto.ics"),
            to: root.appendingPathComponent("calendars/events-atlantis.ics"))
        let db = root.appendingPathComponent("db.sqlite").path
        let out = root.appendingPathComponent("out")
        let run = try cli.run("run", root.appendingPathComponent("fixtures").path, "--out", out.path, "--db", db)
        #expect(run.status == 64)
        #expect(run.stderr.contains("events-atlantis.ics: no partner city 'atlantis' in the registry"))
        let listed = try cli.run("list", "smes", "--db", db)
        #expect(listed.stderr.contains("is empty"), "\(listed.stdout) \(listed.stderr)")
        // The output folder may have been made when --out was checked; nothing is written in it.
        #expect(files(under: out, ending: "").isEmpty)
    }

    @Test("import-calendar --observances skip|keep")
    func observances() throws {
        let root = try copyOfFixtures()
        let db = root.appendingPathComponent("db.sqlite").path
        #expect(try cli.run("import", root.appendingPathComponent("fixtures").path, "--db", db).status == 0)
        let file = root.appendingPathComponent("holidays-DE.ics")
        let ics = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "X-WR-CALNAME:Holidays in Germany", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20270208",
            "DTEND;VALUE=DATE:20270209", "UID:20270208_carnival@google.com", "SUMMARY:Carnival Monday",
            "DESCRIPTION:Observance\\nTo hide observances\\, go to Google Calendar Settings > Holidays in Germany",
            "LOCATION:", "END:VEVENT", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20271003", "DTEND;VALUE=DATE:20271004",
            "UID:20271003_unity@google.com", "SUMMARY:Day of German Unity", "DESCRIPTION:Public holiday",
            "LOCATION:", "END:VEVENT", "END:VCALENDAR", "",
        ].joined(separator: "\r\n")
        try Data(ics.utf8).write(to: file)
        let skip = try cli.run("import-calendar", file.path, "--db", db)
        #expect(skip.status == 0, "\(skip.stderr)")
        #expect(skip.stdout.contains("holidays DE: 1"), "\(skip.stdout)")
        let keep = try cli.run("import-calendar", file.path, "--observances", "keep", "--db", db)
        #expect(keep.stdout.contains("holidays DE: 2"), "\(keep.stdout)")
    }

    @Test("re-importing a feed removes the events the partner dropped")
    func droppedFeedEvents() throws {
        let root = try copyOfFixtures()
        let db = root.appendingPathComponent("db.sqlite").path
        #expect(try cli.run("import", root.appendingPathComponent("fixtures").path, "--db", db).status == 0)
        let feed = root.appendingPathComponent("calendars/events-nuremberg.ics")
        #expect(try cli.run("import-calendar", feed.path, "--db", db).status == 0)
        let before = try cli.run("list", "events", "--db", db).stdout
        #expect(before.contains("feed-christkindlesmarkt-2027-nuernberg.example"), "\(before)")
        // The partner drops the Christkindlesmarkt from its feed.
        let text = try String(contentsOf: feed, encoding: .utf8)
        let start = try #require(text.range(of: "BEGIN:VEVENT\r\nSUMMARY:Christkindlesmarkt"))
        let end = try #require(text.range(of: "END:VEVENT\r\n", range: start.upperBound..<text.endIndex))
        try (String(text[..<start.lowerBound]) + String(text[end.upperBound...])).write(
            to: feed, atomically: true, encoding: .utf8)
        let again = try cli.run("import-calendar", feed.path, "--db", db)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("removed, no longer in the feed: feed-christkindlesmarkt-2027-nuernberg.example"))
        let after = try cli.run("list", "events", "--db", db).stdout
        #expect(!after.contains("christkindlesmarkt"))
        #expect(after.contains("feed-startup-breakfast"))
    }
}
