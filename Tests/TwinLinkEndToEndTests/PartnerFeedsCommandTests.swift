import Foundation
import Testing
import TwinLinkTestSupport

/// `twinlink partner-feeds`: a city's events feed served by a real HTTP server on 127.0.0.1
/// (Python's `http.server`, which answers `If-Modified-Since` with 304), allowed explicitly.
@Suite("twinlink partner-feeds", .serialized)
struct PartnerFeedsCommandTests {
    /// English output (`TWINLINK_LANGUAGE=en`): these checks read the command line's English texts.
    let cli = BinaryRunner(environment: ["TWINLINK_LANGUAGE": "en"])

    static let feed = [
        "BEGIN:VCALENDAR", "PRODID:-//Stadt Nürnberg//Veranstaltungen//DE", "VERSION:2.0", "BEGIN:VEVENT",
        "UID:werkstatt-2027@nuernberg.example", "DTSTAMP:20270101T000000Z",
        "DTSTART;TZID=Europe/Berlin:20270708T100000",
        "DTEND;TZID=Europe/Berlin:20270708T160000", "SUMMARY:Werkstatt Export 2027", "LOCATION:IHK\\, Hauptmarkt 25",
        "END:VEVENT", "END:VCALENDAR", "",
    ].joined(separator: "\r\n")

    @Test("set refuses a private or http URL by default; refresh imports, then 304; a missing feed exits 65 naming it")
    func setAndRefresh() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-feeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.feed.utf8).write(to: folder.appendingPathComponent("events.ics"))
        let db = folder.appendingPathComponent("db.sqlite").path
        #expect(try cli.run("import", RepositoryPaths.fixtures, "--db", db).status == 0)
        let server = try PythonHTTPServer(script: PythonHTTPServer.staticFiles, arguments: [folder.path])
        defer { server.stop() }
        let port = server.port
        let url = "http://127.0.0.1:\(port)/events.ics"
        // In English: the command line speaks the programme's first language (Polish here) otherwise.
        let allow = ["--allow-http-feeds", "--allow-feed-network", "127.0.0.1", "--language", "en"]

        let refusedScheme = try cli.run("partner-feeds", "set", "nuremberg", url, "--db", db)
        #expect(refusedScheme.status == 64)
        #expect(refusedScheme.stderr.contains("'http' is not fetched; expected https://"))
        let refusedAddress = try cli.run(
            "partner-feeds", "set", "nuremberg", "https://127.0.0.1:\(port)/events.ics", "--db", db)
        #expect(refusedAddress.status == 64)
        #expect(refusedAddress.stderr.contains("127.0.0.0/8, a network that is not the public internet"))

        let set = try cli.run(["partner-feeds", "set", "nuremberg", url, "--db", db] + allow)
        #expect(set.status == 0, "\(set.stderr)")
        // Saved under a laxer configuration, refused again under the default one: nothing fetched.
        let strict = try cli.run("partner-feeds", "refresh", "--db", db)
        #expect(strict.status == 65)
        #expect(strict.stderr.contains("error: nuremberg: \(url): 'http' is not fetched"))

        let first = try cli.run(["partner-feeds", "refresh", "--db", db] + allow)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("nuremberg: \(url):\n  events: 1 new, 0 updated, 0 unchanged"))
        let events = try cli.run("list", "events", "--db", db)
        #expect(events.stdout.contains("Werkstatt Export 2027"))
        let second = try cli.run(["partner-feeds", "refresh", "--db", db] + allow)
        #expect(second.status == 0)
        #expect(second.stdout.contains("nuremberg: \(url): not modified since the last fetch"))

        let missing = "http://127.0.0.1:\(port)/gone.ics"
        #expect(try cli.run(["partner-feeds", "set", "nuremberg", missing, "--db", db] + allow).status == 0)
        let failed = try cli.run(["partner-feeds", "refresh", "--db", db] + allow)
        #expect(failed.status == 65)
        #expect(failed.stderr.contains("error: nuremberg: \(missing): the server answered 404"))
        let listed = try cli.run("partner-feeds", "list", "--db", db, "--language", "en")
        #expect(listed.stdout.contains("nuremberg  \(missing)  (failed "))
        let listedInPolish = try BinaryRunner().run("partner-feeds", "list", "--db", db)
        #expect(listedInPolish.stdout.contains("nuremberg  \(missing)  (niepowodzenie "))
        // The events the last good fetch imported stay.
        #expect(try cli.run("list", "events", "--db", db).stdout.contains("Werkstatt Export 2027"))
    }
}
