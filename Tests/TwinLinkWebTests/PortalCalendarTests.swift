import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkTestSupport
import TwinLinkWeb

/// The portal's calendar: a delegate's invites as `.ics` and the personal subscription feed.
@Suite("SME portal calendar")
struct PortalCalendarTests {
    static let visit = "visit-ev-2027-05-nuremberg-forum"

    @Test(
        "the feed holds the person's current invites as valid iCalendar, polls cheaply, drops a withdrawn one, and dies when revoked"
    )
    func personalFeed() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        // Allocate and issue the invites; take a seated delegate and sign them in on the portal.
        let (application, person) = try await harness.test { client in
            #expect(try await coordinator.post(client, "/allocation/\(Self.visit)/run").status == .ok)
            #expect(try await coordinator.post(client, "/invites/issue", [("activity", Self.visit)]).status == .ok)
            let outcome = try await AllocationDecisions.latest(
                activity: Identifier(trusted: Self.visit), workspace: harness.workspace)
            let registry = try await harness.workspace.registry()
            let invites = try await harness.workspace.store.read({ try $0.invites() })
            let seated = try #require(
                outcome.version.decisions.first { decision in
                    decision.seats > 0
                        && registry.applications.first { $0.id == decision.applicationID }.map { application in
                            invites.contains { $0.personID == application.delegateIDs[0] }
                        } == true
                })
            let application = try #require(registry.applications.first { $0.id == seated.applicationID })
            let person = try #require(registry.people.first { $0.id == application.delegateIDs[0] })
            return (application, person)
        }
        let store = AccountStore(harness.workspace.store)
        let account = try await store.addAccount(
            email: person.email.rawValue, role: .sme, organisationID: application.enterpriseID.rawValue,
            passwordHash: nil, actor: "test", at: Date())
        let id = UUID().uuidString + UUID().uuidString
        try await store.createSession(
            idHash: sha256Hex(id), accountID: account.id, csrfToken: "csrf-delegate", at: Date(),
            expiresAt: Date().addingTimeInterval(3600))
        let delegate = Browser(cookie: "tl_session=\(id)", csrf: "csrf-delegate")
        let other = harness.sessions["sme"]!
        let invite = try #require(
            try await harness.workspace.store.read({ try $0.invites() }).first {
                $0.personID == person.id && $0.activityID.rawValue == Self.visit
            })

        try await harness.test { client in
            let page = try await delegate.get(client, "/portal/calendar")
            #expect(page.status == .ok)
            #expect(page.text.contains("/portal/calendar/\(Self.visit)/ics"))
            #expect(page.text.contains("<select name=\"status\" aria-label="))
            let ics = try await delegate.get(client, "/portal/calendar/\(Self.visit)/ics")
            #expect(ics.status == .ok)
            #expect(Self.unfolded(ics.text).contains("UID:\(invite.uid)"))
            // Another firm's account has no invite to this visit under its e-mail.
            #expect(
                try await Browser(cookie: other.cookie).get(client, "/portal/calendar/\(Self.visit)/ics").status
                    == .notFound)

            // RSVP in the browser: recorded as a calendar reply would be; another account's is refused.
            let answered = try await delegate.post(
                client, "/portal/calendar/rsvp", [("uid", invite.uid), ("status", "DECLINED")])
            #expect(answered.status == .ok)
            let recorded = try await harness.workspace.store.read({ try $0.invites() }).first { $0.uid == invite.uid }
            #expect(recorded?.participationStatus == "DECLINED")
            let tampered = try await Browser(cookie: other.cookie, csrf: other.csrf).post(
                client, "/portal/calendar/rsvp", [("uid", invite.uid), ("status", "ACCEPTED")])
            #expect(tampered.status == .notFound)
            let kept = try await harness.workspace.store.read({ try $0.invites() }).first { $0.uid == invite.uid }
            #expect(kept?.participationStatus == "DECLINED")
            // The answer is a real METHOD:REPLY, kept in the audit trail and downloadable by its author only.
            let replied = try await delegate.get(client, "/portal/calendar")
            #expect(replied.text.contains("href=\"/portal/calendar/reply/\(invite.uid)\""))
            let reply = try await delegate.get(client, "/portal/calendar/reply/\(invite.uid)")
            #expect(reply.status == .ok)
            #expect(reply.headers[.contentType]?.contains("method=REPLY") == true)
            try Self.checkReplyWithPythonICalendar(
                reply.text, uid: invite.uid, sequence: invite.sequence, attendee: person.email.rawValue,
                status: "DECLINED")
            let audit = try await harness.workspace.store.read({ try $0.auditLines(byActor: person.email.rawValue) })
            #expect(audit.last { $0.action == PortalCalendar.replyAction }?.detail == reply.text)
            #expect(
                try await Browser(cookie: other.cookie).get(client, "/portal/calendar/reply/\(invite.uid)").status
                    == .notFound)

            let made = try await delegate.post(client, "/portal/feed")
            #expect(made.status == .ok)
            let range = try #require(made.text.range(of: #"/feed/[A-Za-z0-9_-]{43}"#, options: .regularExpression))
            let path = String(made.text[range])
            let token = String(path.dropFirst("/feed/".count))
            let stored = try await harness.workspace.store.read({ try $0.feedAccount(tokenHash: sha256Hex(token)) })
            #expect(stored?.id == account.id)
            let dump = try String(contentsOfFile: harness.options.databasePath, encoding: .isoLatin1)
            #expect(!dump.contains(token))

            let feed = try await Browser.anonymous.get(client, path)
            #expect(feed.status == .ok)
            #expect(feed.headers[.contentType]?.hasPrefix("text/calendar") == true)
            #expect(feed.text.hasPrefix("BEGIN:VCALENDAR"))
            #expect(Self.unfolded(feed.text).contains("UID:\(invite.uid)"))
            #expect(feed.text.contains("BEGIN:VTIMEZONE") || feed.text.contains("VALUE=DATE"))
            let etag = try #require(feed.headers[.eTag])
            #expect(feed.headers[.lastModified] != nil)
            try Self.checkWithPythonICalendar(feed.text, uid: invite.uid)
            let again = try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: etag])
            #expect(again.status == .notModified)

            // Withdrawn on the desk and the invites re-issued: the feed no longer holds the visit.
            #expect(
                try await coordinator.post(
                    client, "/allocation/\(Self.visit)/withdraw",
                    [("application", application.id.rawValue), ("reason", "Cannot travel")]
                ).status == .ok)
            #expect(try await coordinator.post(client, "/invites/issue", [("activity", Self.visit)]).status == .ok)
            let updated = try await Browser.anonymous.get(client, path)
            #expect(updated.status == .ok)
            #expect(!Self.unfolded(updated.text).contains("UID:\(invite.uid)"))
            #expect(updated.headers[.eTag] != etag)

            let revoked = try await delegate.post(client, "/portal/feed/revoke")
            #expect(revoked.status == .ok)
            #expect(try await Browser.anonymous.get(client, path).status == .notFound)

            // A new URL stops working when the account is disabled, and does not come back when it
            // is enabled again.
            let remade = try await delegate.post(client, "/portal/feed")
            let newRange = try #require(
                remade.text.range(of: #"/feed/[A-Za-z0-9_-]{43}"#, options: .regularExpression))
            let newPath = String(remade.text[newRange])
            #expect(try await Browser.anonymous.get(client, newPath).status == .ok)
            let accounts = AccountStore(harness.workspace.store)
            _ = try await accounts.updateAccount(
                id: account.id, role: nil, organisationID: nil, disabled: true, actor: "test", at: Date())
            #expect(try await Browser.anonymous.get(client, newPath).status == .notFound)
            _ = try await accounts.updateAccount(
                id: account.id, role: nil, organisationID: nil, disabled: false, actor: "test", at: Date())
            #expect(try await Browser.anonymous.get(client, newPath).status == .notFound)
        }
    }

    /// RFC 5545 content lines unfolded (a CRLF followed by a space joins two lines).
    static func unfolded(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\n ", with: "")
    }

    /// Parses the feed with the Python `icalendar` package (an independent reader), when present.
    /// A portal reply read by python icalendar: METHOD:REPLY, one VEVENT with the invite's UID and
    /// SEQUENCE, a DTSTAMP, the ORGANIZER and exactly one ATTENDEE with the answer's PARTSTAT.
    static func checkReplyWithPythonICalendar(
        _ text: String, uid: String, sequence: Int, attendee: String, status: String
    ) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("reply-\(UUID().uuidString).ics")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import sys
            import icalendar
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
            assert str(cal.get("METHOD")) == "REPLY", cal.get("METHOD")
            assert str(cal.get("VERSION")) == "2.0" and cal.get("PRODID")
            events = cal.walk("VEVENT")
            assert len(events) == 1, len(events)
            event = events[0]
            assert str(event.get("UID")) == sys.argv[2], event.get("UID")
            assert int(event.get("SEQUENCE")) == int(sys.argv[3]), event.get("SEQUENCE")
            assert event.get("DTSTAMP") is not None
            assert str(event.get("ORGANIZER")).lower().startswith("mailto:")
            attendee = event.get("ATTENDEE")
            assert not isinstance(attendee, list), attendee
            assert str(attendee).lower() == "mailto:" + sys.argv[4].lower(), attendee
            assert attendee.params["PARTSTAT"] == sys.argv[5], attendee.params
            print("ok")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path, uid, String(sequence), attendee, status]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0 && output.hasPrefix("ok"), "python icalendar: \(output)")
    }

    static func checkWithPythonICalendar(_ text: String, uid: String) throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("feed-\(UUID().uuidString).ics")
        try text.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let script = """
            import sys
            try:
                import icalendar
            except ImportError:
                print("no-icalendar"); sys.exit(0)
            cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
            uids = [str(c.get("UID")) for c in cal.walk("VEVENT")]
            assert sys.argv[2] in uids, uids
            print("ok", len(uids))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file.path, uid]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return }  // no python3 on this machine
        process.waitUntilExit()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0, "python icalendar: \(output)")
        #expect(output.hasPrefix("ok") || output.hasPrefix("no-icalendar"), "\(output)")
    }
}
