import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Synchronization
import Testing
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkFeedFetch
import TwinLinkStore
import TwinLinkWeb

/// A partner city's events by the URL of its `.ics` feed, fetched from a real HTTP server on
/// 127.0.0.1 (allowed explicitly, as only tests do) and imported through the calendar import.
@Suite("Partner cities' event feeds by URL")
struct PartnerFeedTests {
    static let nuremberg = Identifier<PartnerCity>(trusted: "nuremberg")
    /// A long timeout: the whole suite runs its tests in parallel on a busy machine, and the test
    /// server's handlers wait for the same threads (the slow server gets a short one of its own).
    static let policy = FeedFetchPolicy(
        allowHTTP: true, allowedNetworks: [IPNetwork("127.0.0.1")!], maximumBytes: 16 * 1024, timeout: .seconds(300),
        maximumRedirects: 3)

    /// Exchange/Outlook's published calendar: a Windows time-zone name with its VTIMEZONE, CRLF
    /// lines, a DESCRIPTION that ends with a line break.
    static let outlook = [
        "BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "X-WR-CALNAME:Kalender", "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
        "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        "DESCRIPTION:Messe für Gebäudetechnik.\\n", "UID:040000008200E00074C5B7101A82E00800000000000000000",
        "SUMMARY:Smart Building Days", "DTSTART;TZID=W. Europe Standard Time:20270915T090000",
        "DTEND;TZID=W. Europe Standard Time:20270915T170000", "CLASS:PUBLIC", "PRIORITY:5",
        "DTSTAMP:20270101T120000Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION:Messezentrum\\, Halle 7", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "END:VEVENT",
        // A meeting of the city's office in London: another Windows zone, read as Europe/London.
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
        "DESCRIPTION:Franconia in London.\\n\\n", "UID:040000008200E00074C5B7101A82E00800000000000000002",
        "SUMMARY:Franconia Evening London", "DTSTART;TZID=GMT Standard Time:20270916T180000",
        "DTEND;TZID=GMT Standard Time:20270916T210000", "DTSTAMP:20270101T120000Z", "END:VEVENT",
        "END:VCALENDAR", "",
    ].joined(separator: "\r\n")

    /// Google Calendar's public address: all-day and UTC events, folded lines, X-WR- headers.
    static func google(withExportDay: Bool = true) -> String {
        var lines = [
            "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-CALNAME:Stadt Nürnberg – Veranstaltungen",
            "X-WR-TIMEZONE:Europe/Berlin", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20271012", "DTEND;VALUE=DATE:20271015",
            "DTSTAMP:20270101T000000Z", "UID:2ab3c4d5e6f7@google.com",
            "DESCRIPTION:Fachmesse für Spielwaren\\, Brettspiele und Hobbyprodukte mit Aus",
            " stellern aus über 30 Ländern.", "LOCATION:NürnbergMesse\\, Messezentrum 1\\, 90471 Nürnberg",
            "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Spielwaren-Fachtage", "TRANSP:TRANSPARENT", "END:VEVENT",
        ]
        if withExportDay {
            lines += [
                "BEGIN:VEVENT", "DTSTART:20271103T080000Z", "DTEND:20271103T160000Z", "DTSTAMP:20270101T000000Z",
                "UID:9f8e7d6c@google.com", "SUMMARY:Export-Sprechtag", "LOCATION:IHK Nürnberg", "END:VEVENT",
            ]
        }
        return (lines + ["END:VCALENDAR", ""]).joined(separator: "\r\n")
    }

    static let broken = [
        "BEGIN:VCALENDAR", "PRODID:-//Example//Broken//EN", "VERSION:2.0", "BEGIN:VEVENT", "UID:broken-1",
        "DTSTART:20271345T250000Z", "DTEND:20271346T010000Z", "SUMMARY:Broken", "END:VEVENT", "END:VCALENDAR", "",
    ].joined(separator: "\r\n")

    /// What the test server serves at `/changing.ics`: the Google feed, with or without its second event.
    final class Server: Sendable {
        let exportDay = Mutex(true)
        let requests = Mutex(0)

        func router() -> Router<BasicRequestContext> {
            let router = Router()
            router.middlewares.add(CountingMiddleware(server: self))
            router.get("/outlook.ics") { _, _ in Self.calendar(PartnerFeedTests.outlook) }
            router.get("/google.ics") { request, _ in
                if request.headers[.ifNoneMatch] == "\"g-1\"" { return Response(status: .notModified) }
                var response = Self.calendar(PartnerFeedTests.google())
                response.headers[.eTag] = "\"g-1\""
                response.headers[.lastModified] = "Fri, 01 Jan 2027 00:00:00 GMT"
                return response
            }
            router.get("/changing.ics") { [self] _, _ in
                Self.calendar(PartnerFeedTests.google(withExportDay: exportDay.withLock { $0 }))
            }
            router.get("/broken.ics") { _, _ in Self.calendar(PartnerFeedTests.broken) }
            router.get("/big.ics") { _, _ in Self.calendar(String(repeating: "X-FILLER:0123456789\r\n", count: 2000)) }
            router.get("/big-chunked.ics") { _, _ in
                Response(
                    status: .ok, headers: [.contentType: "text/calendar"],
                    body: ResponseBody { writer in
                        for _ in 0..<100 {
                            try await writer.write(
                                ByteBuffer(string: String(repeating: "X-FILLER:0123456789\r\n", count: 20)))
                        }
                        try await writer.finish(nil)
                    })
            }
            router.get("/loop") { _, _ in Response(status: .found, headers: [.location: "/loop-2"]) }
            router.get("/loop-2") { _, _ in Response(status: .found, headers: [.location: "/loop"]) }
            router.get("/hop") { _, _ in Response(status: .movedPermanently, headers: [.location: "/google.ics"]) }
            router.get("/to-private") { _, _ in
                Response(status: .found, headers: [.location: "http://10.1.2.3/events.ics"])
            }
            router.get("/slow.ics") { _, _ in
                try await Task.sleep(for: .seconds(6))
                return Self.calendar(PartnerFeedTests.outlook)
            }
            return router
        }

        static func calendar(_ text: String) -> Response {
            Response(
                status: .ok, headers: [.contentType: "text/calendar; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: text)))
        }

        /// Runs `body` with the server listening on 127.0.0.1 at a free port.
        func run(_ body: @escaping @Sendable (_ base: String) async throws -> Void) async throws {
            var logger = Logger(label: "feed-server")
            logger.logLevel = .warning
            let app = Application(
                router: router(), configuration: .init(address: .hostname("127.0.0.1", port: 0)), logger: logger)
            try await app.test(.live) { client in
                try await body("http://127.0.0.1:\(try #require(client.port))")
            }
        }
    }

    struct CountingMiddleware: RouterMiddleware {
        let server: Server
        func handle(
            _ request: Request, context: BasicRequestContext,
            next: (Request, BasicRequestContext) async throws -> Response
        ) async throws -> Response {
            server.requests.withLock { $0 += 1 }
            return try await next(request, context)
        }
    }

    @Test("feed URLs: https only, no credentials, no loopback, private or link-local address unless allowed")
    func urls() throws {
        let strict = FeedFetchPolicy()
        #expect(
            try strict.check("https://calendar.google.com/calendar/ical/x%40group.calendar.google.com/public/basic.ics")
                .get().host == "calendar.google.com")
        #expect(
            try strict.check("webcal://outlook.office365.com/owa/calendar/abc/calendar.ics").get().scheme == "https")
        let refused = [
            "http://example.org/events.ics", "ftp://example.org/events.ics", "https://127.0.0.1/events.ics",
            "https://10.0.0.8/events.ics", "https://169.254.169.254/latest/meta-data", "https://[::1]/events.ics",
            "https://[::ffff:127.0.0.1]/events.ics", "https://[fd00::1]/events.ics", "https://192.168.1.1/x.ics",
            "https://user:secret@example.org/events.ics", "not a url", "",
        ]
        for url in refused {
            #expect(throws: FeedURLProblem.self, "\(url)") { try strict.check(url).get() }
        }
        #expect(
            "\(strict.check("https://127.0.0.1/events.ics"))".contains("127.0.0.0/8"))
        // Allowed explicitly (a test server): 127.0.0.1 only, not the rest of the private networks.
        #expect((try? Self.policy.check("http://127.0.0.1:8080/events.ics").get()) != nil)
        #expect((try? Self.policy.check("http://10.0.0.8/events.ics").get()) == nil)
        #expect(IPNetwork("10.0.0.0/8")!.contains(IPAddress("10.200.3.4")!))
        #expect(!IPNetwork("10.0.0.0/8")!.contains(IPAddress("11.0.0.1")!))
        #expect(IPAddress("8.8.8.8")!.specialNetwork == nil)
        #expect(IPAddress("2001:4860:4860::8888")!.specialNetwork == nil)
        #expect(IPAddress("fe80::1")!.specialNetwork != nil)
    }

    @Test("a host that resolves to loopback is refused before any request, under the default configuration")
    func resolvedLoopback() async throws {
        let server = Server()
        try await server.run { base in
            let port = base.split(separator: ":").last!
            var open = FeedFetchPolicy()
            open.allowHTTP = true
            let refusal = await #expect(throws: FeedFetchError.self) {
                _ = try await FeedFetcher.fetch(URL(string: "http://localhost:\(port)/google.ics")!, policy: open)
            }
            let text = refusal?.description ?? ""
            #expect(text.contains("127.0.0.0/8") || text.contains("::1/128"), "\(text)")
            #expect(server.requests.withLock { $0 } == 0)
            // Allowed explicitly, the same URL is fetched.
            let fetched = try await FeedFetcher.fetch(
                URL(string: "http://localhost:\(port)/google.ics")!,
                policy: FeedFetchPolicy(allowHTTP: true, allowedNetworks: [IPNetwork("127.0.0.1")!, IPNetwork("::1")!]))
            guard case .fetched(let data, let validators, _) = fetched else {
                Issue.record("expected a body")
                return
            }
            #expect(String(decoding: data, as: UTF8.self).contains("Spielwaren-Fachtage"))
            #expect(validators.etag == "\"g-1\"")
        }
    }

    @Test("Outlook's and Google's feeds imported; 304 on the next fetch; events the feed drops are removed")
    func importsFeeds() async throws {
        let harness = try await DeskHarness.make()
        let workspace = harness.workspace
        let server = Server()
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        try await server.run { base in
            // Outlook: a Windows zone name with its VTIMEZONE; the description's trailing line break trimmed.
            let saved = try await PartnerFeeds.save(
                city: Self.nuremberg, url: "\(base)/outlook.ics", by: "partner@example.org", policy: Self.policy,
                workspace: workspace, now: now)
            #expect((try? saved.get())??.url == "\(base)/outlook.ics")
            let first = try await PartnerFeeds.refresh(by: "test", policy: Self.policy, workspace: workspace, now: now)
            guard case .imported(let changes) = try #require(first.first).outcome else {
                Issue.record("expected an import: \(first)")
                return
            }
            #expect(changes.eventsInserted == 2)
            let outlook = try #require(try await workspace.registry().events.first { $0.name == "Smart Building Days" })
            #expect(outlook.host == .partnerCity(Self.nuremberg))
            #expect(outlook.description == "Messe für Gebäudetechnik.")
            #expect(outlook.source == "feed:events-nuremberg.ics")
            guard case .timed(let start, let end) = outlook.schedule else {
                Issue.record("expected a timed event")
                return
            }
            // 09:00 in Central European Summer Time is 07:00 UTC.
            #expect(start.instant == ISO8601DateFormatter().date(from: "2027-09-15T07:00:00Z"))
            #expect(end.instant == ISO8601DateFormatter().date(from: "2027-09-15T15:00:00Z"))
            #expect(start.zone.rawValue == "Europe/Berlin")
            let london = try #require(
                try await workspace.registry().events.first { $0.name == "Franconia Evening London" })
            #expect(london.description == "Franconia in London.")
            guard case .timed(let evening, _) = london.schedule else {
                Issue.record("expected a timed event")
                return
            }
            // 18:00 British Summer Time is 17:00 UTC; the zone is kept as the event's own.
            #expect(evening.instant == ISO8601DateFormatter().date(from: "2027-09-16T17:00:00Z"))
            #expect(evening.zone.rawValue == "Europe/London")

            // The city moves to its Google calendar, reached through a redirect: the Outlook event,
            // no longer listed by the city's feed, is removed (nothing planned with it).
            _ = try await PartnerFeeds.save(
                city: Self.nuremberg, url: "\(base)/hop", by: "partner@example.org", policy: Self.policy,
                workspace: workspace, now: now)
            let second = try await PartnerFeeds.refresh(by: "test", policy: Self.policy, workspace: workspace, now: now)
            guard case .imported(let google) = try #require(second.first).outcome else {
                Issue.record("expected an import: \(second)")
                return
            }
            #expect(google.eventsInserted == 2)
            #expect(Set(google.eventsRemoved) == [outlook.id.rawValue, london.id.rawValue])
            let events = try await workspace.registry().events.filter { $0.source == "feed:events-nuremberg.ics" }
            #expect(Set(events.map(\.name)) == ["Spielwaren-Fachtage", "Export-Sprechtag"])
            let fair = try #require(events.first { $0.name == "Spielwaren-Fachtage" })
            #expect(
                fair.schedule
                    == .allDay(
                        first: LocalDate(year: 2027, month: 10, day: 12)!,
                        last: LocalDate(year: 2027, month: 10, day: 14)!,
                        zone: TimeZoneID(rawValue: "Europe/Berlin")!))
            #expect(fair.description?.hasSuffix("aus über 30 Ländern.") == true)
            let feed = try #require(try await PartnerFeeds.feed(of: Self.nuremberg, workspace: workspace))
            #expect(feed.etag == "\"g-1\"" && feed.outcome == "imported")

            // Fetched again: If-None-Match → 304, nothing imported.
            let third = try await PartnerFeeds.refresh(by: "test", policy: Self.policy, workspace: workspace, now: now)
            guard case .unchanged = try #require(third.first).outcome else {
                Issue.record("expected 304: \(third)")
                return
            }
            #expect(try await PartnerFeeds.feed(of: Self.nuremberg, workspace: workspace)?.outcome == "unchanged")
            let audit = try await workspace.store.read({ try $0.auditTrail(subject: "partner-city:nuremberg") })
            #expect(audit.filter { $0.action == "partner-feed-import" }.count == 2)
        }
    }

    @Test("an event the feed drops is kept, marked dropped, when the programme planned with it")
    func keepsPlanned() async throws {
        let harness = try await DeskHarness.make()
        let workspace = harness.workspace
        let server = Server()
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        try await server.run { base in
            _ = try await PartnerFeeds.save(
                city: Self.nuremberg, url: "\(base)/changing.ics", by: "test", policy: Self.policy,
                workspace: workspace, now: now)
            let first = try await PartnerFeeds.refresh(by: "test", policy: Self.policy, workspace: workspace, now: now)
            guard case .imported = try #require(first.first).outcome else {
                Issue.record("expected an import: \(first)")
                return
            }
            let sprechtag = try #require(try await workspace.registry().events.first { $0.name == "Export-Sprechtag" })
            // A local firm asks for a meeting at it: the programme now plans with the event.
            try await workspace.store.write { access in
                var registry = try #require(try access.registry())
                registry.meetingRequests.append(
                    MeetingRequest(
                        id: Identifier(trusted: "mr-feed-1"), eventID: sprechtag.id,
                        enterpriseID: Identifier(trusted: "sme-codewawel"),
                        partnerEnterpriseID: Identifier(trusted: "pent-frankenmetall"), requestedBy: .sme, weight: 1))
                _ = try access.apply(registry, source: "test", at: now)
            }
            server.exportDay.withLock { $0 = false }
            let results = try await PartnerFeeds.refresh(
                by: "test", policy: Self.policy, workspace: workspace, now: now)
            guard case .imported(let changes) = try #require(results.first).outcome else {
                Issue.record("expected an import: \(results)")
                return
            }
            #expect(changes.eventsCancelled == [sprechtag.id.rawValue])
            #expect(changes.eventsRemoved.isEmpty)
            let kept = try #require(try await workspace.registry().events.first { $0.id == sprechtag.id })
            #expect(FeedEventDrop.isDropped(kept.source))
        }
    }

    @Test("a broken, too large, looping, slow or privately redirected feed imports nothing and names its URL")
    func failures() async throws {
        let harness = try await DeskHarness.make()
        let workspace = harness.workspace
        let server = Server()
        let now = Date(timeIntervalSince1970: 1_796_000_000)
        try await server.run { base in
            let before = try await workspace.registry().events
            let brokenLine = Self.broken.components(separatedBy: "\r\n").firstIndex { $0.hasPrefix("DTSTART") }! + 1
            let cases: [(String, String)] = [
                ("/broken.ics", "\(base)/broken.ics:\(brokenLine)"),
                ("/big.ics", "larger than 16 KiB"),
                ("/big-chunked.ics", "larger than 16 KiB"),
                ("/loop", "the redirects loop"),
                ("/slow.ics", "no complete answer within 1 s"),
                ("/to-private", "10.1.2.3"),
                ("/missing.ics", "404"),
            ]
            for (path, expected) in cases {
                _ = try await PartnerFeeds.save(
                    city: Self.nuremberg, url: base + path, by: "test", policy: Self.policy, workspace: workspace,
                    now: now)
                // A slow server against a short timeout; everything else with time to spare on a busy machine.
                var policy = Self.policy
                if path == "/slow.ics" { policy.timeout = .seconds(1) }
                let results = try await PartnerFeeds.refresh(by: "test", policy: policy, workspace: workspace, now: now)
                guard case .failed(let problem) = try #require(results.first).outcome else {
                    Issue.record("\(path): expected a failure, got \(results)")
                    continue
                }
                #expect(problem.contains(expected), "\(path): \(problem)")
                #expect(problem.contains(base), "\(path): \(problem)")
                let feed = try #require(try await PartnerFeeds.feed(of: Self.nuremberg, workspace: workspace))
                #expect(feed.outcome == "failed" && feed.problem == problem)
            }
            #expect(try await workspace.registry().events == before)
        }
    }

    @Test("the partner saves its feed URL on its portal (a refused URL at the field) and fetches it; the desk lists it")
    func portal() async throws {
        let harness = try await DeskHarness.make(feedPolicy: Self.policy)
        let partner = Browser(cookie: harness.sessions["partner"]!.cookie, csrf: harness.sessions["partner"]!.csrf)
        let coordinator = Browser(
            cookie: harness.sessions["coordinator"]!.cookie, csrf: harness.sessions["coordinator"]!.csrf)
        let server = Server()
        try await server.run { base in
            try await harness.test { client in
                let refused = try await partner.post(client, "/partner/feed", [("feed_url", "ftp://example.org/x.ics")])
                #expect(refused.status == .unprocessableContent)
                #expect(
                    refused.text.contains("&#39;ftp&#39; is not fetched")
                        || refused.text.contains("'ftp' is not fetched"))
                #expect(refused.text.contains("aria-invalid=\"true\""))
                #expect(try await PartnerFeeds.feed(of: Self.nuremberg, workspace: harness.workspace) == nil)
                let saved = try await partner.post(client, "/partner/feed", [("feed_url", "\(base)/google.ics")])
                #expect(saved.status == .ok)
                let fetched = try await partner.post(client, "/partner/feed/refresh", [])
                #expect(fetched.status == .ok)
                #expect(fetched.text.contains("2 new"))
                let page = try await partner.get(client, "/partner")
                #expect(page.text.contains("Spielwaren-Fachtage") && page.text.contains("\(base)/google.ics"))
                let desk = try await coordinator.get(client, "/partner-feeds")
                #expect(
                    desk.status == .ok && desk.text.contains("\(base)/google.ics") && desk.text.contains("Nuremberg"))
                let again = try await coordinator.post(client, "/partner-feeds/refresh", [])
                #expect(again.status == .ok && again.text.contains("not modified"))
                // Another role cannot fetch the partner's feed.
                #expect(try await coordinator.post(client, "/partner/feed/refresh", []).status == .forbidden)
            }
        }
    }
}
