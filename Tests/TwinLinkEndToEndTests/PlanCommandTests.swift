import Foundation
import Testing
import TwinLinkTestSupport

@Suite("twinlink plan and import-calendar", .serialized)
struct PlanCommandTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    /// A copy of the fixtures and calendars that a test may edit.
    func copyOfFixtures() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-fixtures-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for folder in ["fixtures", "calendars"] {
            try FileManager.default.copyItem(
                at: RepositoryPaths.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
        }
        return root
    }

    @Test("holidays imported, a plan made, then an event moves and a re-plan lists exactly what moved")
    func planAndReplan() throws {
        let root = try copyOfFixtures()
        let db = root.appendingPathComponent("db.sqlite").path
        let fixtures = root.appendingPathComponent("fixtures").path
        #expect(try cli.run("import", fixtures, "--db", db).status == 0)
        let holidays = try cli.run("import-calendar", root.appendingPathComponent("calendars").path, "--db", db)
        #expect(holidays.status == 0, "\(holidays.stderr)")
        #expect(holidays.stdout.contains("  holidays PL: 42"))
        #expect(holidays.stdout.contains("  holidays GB-SCT: 34"))
        #expect(holidays.stdout.contains("  events: 15 new, 0 updated, 0 unchanged"))

        let plan = try cli.run("plan", "--db", db)
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("intro-ev-2027-03-rochester-photonics"))
        #expect(plan.stdout.contains("2027-02-22 15:00  2027-02-22 16:00  2027-02-22 09:00 Rochester"))
        #expect(plan.stdout.contains("added      visit-ev-2027-05-nuremberg-forum"))

        let again = try cli.run("plan", "--db", db)
        #expect(again.stdout.contains("Nothing changed."))

        // The Budapest expo moves a week later in the registry.
        let events = root.appendingPathComponent("fixtures/events.csv")
        let text = try String(contentsOf: events, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "2027-11-09,2027-11-11", with: "2027-11-16,2027-11-18")
        #expect(edited != text)
        try edited.write(to: events, atomically: true, encoding: .utf8)
        #expect(try cli.run("import", fixtures, "--db", db).stdout.contains("mutual_events: 1 updated"))
        let replan = try cli.run("plan", "--db", db)
        #expect(
            replan.stdout.contains(
                "moved      visit-ev-2027-11-budapest-food: 2027-11-08 00:00 → 2027-11-15 00:00 (the event's dates changed)"
            ))
        let moved = replan.stdout.split(separator: "\n").filter { $0.contains("moved ") }
        #expect(moved.allSatisfy { $0.contains("budapest-food") })
        #expect(!replan.stdout.contains("added "))

        let json = try cli.run("plan", "--json", "--dry-run", "--db", db)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((document["activities"] as? [Any])?.count == 52)
    }

    @Test("event feeds: recurring events expanded, two calendars in one file, bare TZIDs; events.csv wins")
    func eventFeeds() throws {
        let root = try copyOfFixtures()
        let db = root.appendingPathComponent("db.sqlite").path
        #expect(try cli.run("import", root.appendingPathComponent("fixtures").path, "--db", db).status == 0)
        #expect(try cli.run("import-calendar", root.appendingPathComponent("calendars").path, "--db", db).status == 0)
        let events = try cli.run("list", "events", "--json", "--db", db)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(events.stdout.utf8)) as? [[String: Any]])
        let feed = list.filter { ($0["source"] as? String)?.hasPrefix("feed:") == true }
        #expect(feed.count == 15)
        // The monthly breakfast: 12 occurrences less the one on Epiphany (EXDATE).
        let breakfasts = feed.compactMap { $0["id"] as? String }.filter { $0.hasPrefix("feed-startup-breakfast") }
        #expect(breakfasts.count == 11)
        #expect(!breakfasts.contains("feed-startup-breakfast-nuernberg.example-20270106"))
        // 10:00 in Rochester (a bare TZID, no VTIMEZONE) on 24 April 2027 is 14:00 UTC (EDT).
        let expo = try #require(feed.first { $0["id"] as? String == "feed-rit-innovation-2027-rochester.example" })
        let timed = try #require((expo["schedule"] as? [String: Any])?["timed"] as? [String: Any])
        #expect((timed["start"] as? [String: Any])?["utc"] as? String == "2027-04-24T14:00:00Z")
        #expect((timed["start"] as? [String: Any])?["zone"] as? String == "America/New_York")
        #expect(feed.contains { $0["id"] as? String == "feed-lilac-festival-2027-rochester.example" })

        // The coordinator takes the Kyoto fair into events.csv to plan a visit: the file wins.
        let csv = root.appendingPathComponent("fixtures/events.csv")
        var text = try String(contentsOf: csv, encoding: .utf8)
        let header = try #require(text.split(separator: "\n").first).split(separator: ",").map(String.init)
        var row = [String](repeating: "", count: header.count)
        let values = [
            "id": "feed-kyoto-craft-fair-2027-kyoto.example", "name": "Kyoto Traditional Craft Fair", "kind": "fair",
            "host_city_id": "kyoto", "start": "2027-10-01T10:00", "end": "2027-10-01T17:00",
            "venue_name": "Miyako Messe", "venue_address": "Okazaki Kyoto", "visit": "outgoing",
        ]
        for (column, value) in values { row[try #require(header.firstIndex(of: column))] = value }
        text += row.joined(separator: ",") + "\n"
        try text.write(to: csv, atomically: true, encoding: .utf8)
        #expect(try cli.run("import", root.appendingPathComponent("fixtures").path, "--db", db).status == 0)
        let again = try cli.run("import-calendar", root.appendingPathComponent("calendars").path, "--db", db)
        #expect(again.stdout.contains("kept as events.csv has them: feed-kyoto-craft-fair-2027-kyoto.example"))
        #expect(try cli.run("list", "events", "--db", db).stdout.contains("outgoing"))
    }

    @Test("a broken holiday calendar: its file and line, exit 65, nothing imported")
    func brokenCalendar() throws {
        let root = try copyOfFixtures()
        let db = root.appendingPathComponent("db.sqlite").path
        #expect(try cli.run("import", root.appendingPathComponent("fixtures").path, "--db", db).status == 0)
        let file = root.appendingPathComponent("calendars/holidays-PL.ics")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "DTSTART;VALUE=DATE:20260106", with: "DTSTART;VALUE=DATE:20261399")
            .write(to: file, atomically: true, encoding: .utf8)
        let result = try cli.run("import-calendar", root.appendingPathComponent("calendars").path, "--db", db)
        #expect(result.status == 65)
        #expect(result.stderr.contains("holidays-PL.ics:"))
        #expect(result.stderr.contains("20261399"))
        let export = try cli.run("export", "--json", "--db", db)
        let document = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [String: Any]
        let holidays = (document?["tables"] as? [String: Any])?["holidays"] as? [Any]
        #expect(holidays?.isEmpty == true, "no holiday of any calendar was imported")
    }

    @Test("bad arguments are usage errors")
    func badArguments() throws {
        let db = RepositoryPaths.temporaryDatabase()
        #expect(try cli.run("import", "fixtures", "--db", db).status == 0)
        let badDate = try cli.run("plan", "--from", "2027-13-01", "--db", db)
        #expect(badDate.status == 64)
        #expect(badDate.stderr == "twinlink: --from '2027-13-01': expected YYYY-MM-DD\n")
        let badRegion = try cli.run("import-calendar", "calendars/holidays-PL.ics", "--region", "Poland", "--db", db)
        #expect(badRegion.status == 64)
    }
}
