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

    /// A static file server on 127.0.0.1 at a free port, serving `folder`; stopped by the caller.
    static func serve(_ folder: URL) throws -> (Process, port: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", "-c",
            """
            import functools, http.server, sys
            handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
            handler.log_message = lambda *args: None
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            print(server.server_address[1], flush=True)
            server.serve_forever()
            """,
            folder.path,
        ]
        let out = Pipe()
        process.standardOutput = out
        // The server must not hold the test runner's own output open.
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var line = Data()
        // The port, then the server runs; bounded: a port number is a few bytes.
        while line.count < 16, let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty {
            if byte == Data("\n".utf8) { break }
            line.append(byte)
        }
        return (process, String(decoding: line, as: UTF8.self))
    }

    @Test("set refuses a private or http URL by default; refresh imports, then 304; a missing feed exits 65 naming it")
    func setAndRefresh() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "twinlink-feeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.feed.utf8).write(to: folder.appendingPathComponent("events.ics"))
        let db = folder.appendingPathComponent("db.sqlite").path
        #expect(try cli.run("import", RepositoryPaths.fixtures, "--db", db).status == 0)
        let (server, port) = try Self.serve(folder)
        defer {
            // SIGKILL: the test runner may have SIGTERM blocked, and the child inherits that.
            kill(server.processIdentifier, SIGKILL)
            server.waitUntilExit()
        }
        #expect(Int(port) != nil, "no port from the test server")
        let url = "http://127.0.0.1:\(port)/events.ics"
        let allow = ["--allow-http-feeds", "--allow-feed-network", "127.0.0.1"]

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
        let listed = try cli.run("partner-feeds", "list", "--db", db)
        #expect(listed.stdout.contains("nuremberg  \(missing)  (failed "))
        // The events the last good fetch imported stay.
        #expect(try cli.run("list", "events", "--db", db).stdout.contains("Werkstatt Export 2027"))
    }
}
