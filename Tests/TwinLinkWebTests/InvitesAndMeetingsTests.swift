import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkWeb

@Suite("Invites and 1:1 meetings on the desk")
struct InvitesAndMeetingsTests {
    static let visit = "visit-ev-2027-05-nuremberg-forum"
    static let session = "b2b-ev-2027-05-nuremberg-forum"

    @Test("issue queues the invites as pending; a refused delivery shows failed; re-send delivers; replies show")
    func invitesOutbox() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        let outbox = URL(fileURLWithPath: harness.options.mailOutbox!)
        try await harness.test { client in
            _ = try await coordinator.post(client, "/allocation/\(Self.visit)/run")
            let issued = try await coordinator.post(client, "/invites/issue", [("activity", "")])
            #expect(issued.status == .ok)
            let invites = try await harness.workspace.store.read({ try $0.invites() })
            #expect(!invites.isEmpty)
            let queued = try await harness.workspace.store.read({ try $0.outbox() })
            #expect(queued.count >= invites.count)
            #expect(queued.allSatisfy { $0.state == .pending })
            #expect(issued.text.contains(">pending"))

            // The outbox folder cannot be made (a file is in the way): every delivery is refused.
            try Data("in the way".utf8).write(to: outbox)
            let refused = try await coordinator.post(client, "/invites/send", [("activity", "")])
            #expect(refused.status == .ok)
            #expect(refused.text.contains("Not delivered: "))
            #expect(refused.text.contains(">failed: "))
            let failures = try await harness.workspace.store.read({ try $0.outboxFailures() })
            #expect(failures.count == queued.count)
            let overview = try await coordinator.get(client, "/")
            #expect(overview.text.contains("Invites not delivered"))

            try FileManager.default.removeItem(at: outbox)
            let resent = try await coordinator.post(client, "/invites/resend", [("activity", "")])
            #expect(resent.status == .ok)
            #expect(resent.text.contains("\(queued.count) re-sent, 0 failed again."), "\(resent.text.prefix(3000))")
            let after = try await harness.workspace.store.read({ try $0.outbox() })
            #expect(after.allSatisfy { $0.state == .sent })
            #expect(try await harness.workspace.store.read({ try $0.outboxFailures() }).isEmpty)
            let mails = try FileManager.default.contentsOfDirectory(atPath: outbox.path).filter { $0.hasSuffix(".eml") }
            #expect(mails.count == queued.count)

            // A reply declining (as `twinlink import-replies` records it) needs the coordinator.
            let invite = try #require(invites.first { $0.meetingRequestID == nil && $0.lastMethod == .request })
            #expect(
                try await harness.workspace.store.write({
                    try $0.recordParticipation(uid: invite.uid, status: "DECLINED")
                }))
            let needs = try await coordinator.get(client, "/")
            #expect(needs.text.contains("Invites declined"))
            #expect(needs.text.contains("href=\"/invites?activity=\(invite.activityID.rawValue)\""))
            let page = try await coordinator.get(client, "/invites?activity=\(invite.activityID.rawValue)")
            #expect(page.text.contains(">declined<"))
            #expect(!page.text.contains(">pending<"))

            let ics = try await coordinator.get(
                client, "/invites/\(invite.activityID.rawValue)/\(invite.personID.rawValue)/ics")
            #expect(ics.status == .ok)
            #expect(ics.headers[.contentType]?.hasPrefix("text/calendar") == true)
            #expect(ics.text.contains("BEGIN:VCALENDAR"))
            #expect(ics.text.replacingOccurrences(of: "\r\n ", with: "").contains("UID:\(invite.uid)"))

            let auditor = harness.sessions["auditor"]!
            let readOnly = try await Browser(cookie: auditor.cookie).get(client, "/invites")
            #expect(readOnly.status == .ok)
            #expect(!readOnly.text.contains("action=\"/invites/resend\""))
        }
    }

    @Test("lock, unlock and move a meeting; a move onto a taken table is refused with the scheduler's reason")
    func meetings() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        let activity = Identifier<Activity>(trusted: Self.session)
        try await harness.test { client in
            _ = try await coordinator.post(client, "/allocation/\(Self.visit)/run")
            let scheduled = try await coordinator.post(client, "/meetings/\(Self.session)/schedule")
            #expect(scheduled.status == .ok)
            let stored = try await harness.workspace.store.read({ try $0.scheduledMeetings(for: activity) })
            #expect(stored.count >= 2)
            let figures = try await SessionMeetingEdit.figures(activity: activity, workspace: harness.workspace)
            let grid = try await coordinator.get(client, "/meetings/\(Self.session)")
            #expect(
                grid.text.contains(
                    "Weight held \(figures.weight); the best any schedule can reach is at most \(figures.bound) (gap \(figures.gap))."
                ))
            let weights = Dictionary(
                uniqueKeysWithValues: try await harness.workspace.registry().meetingRequests.map { ($0.id, $0.weight) })
            #expect(figures.weight == stored.reduce(0) { $0 + weights[$1.requestID]! })
            #expect(figures.gap >= 0)

            // Onto a table that already hosts another meeting in that slot: refused, nothing changes.
            let first = stored[0]
            let other = try #require(stored.first { $0.start.instant != first.start.instant })
            let refused = try await coordinator.post(
                client, "/meetings/\(Self.session)/move",
                [
                    ("request", first.requestID.rawValue), ("slot", ZonedInstant.formatUTC(other.start.instant)),
                    ("table", other.table),
                ])
            #expect(refused.status == .conflict)
            // The scheduler's reason next to the slot asked for, the choices kept.
            #expect(
                FormScraper.error(refused.text, field: "slot")?.hasPrefix(
                    "meeting \(first.requestID.rawValue) cannot move there") == true)
            #expect(FormScraper.fields(refused.text, form: "move").contains { $0 == ("table", other.table) })
            #expect(
                refused.text.contains("the table already hosts meeting \(other.requestID.rawValue)"),
                "\(refused.text.prefix(4000))")
            #expect(refused.text.contains("class=\"error\""))
            #expect(try await harness.workspace.store.read({ try $0.scheduledMeetings(for: activity) }) == stored)

            // To a free table in a slot where neither side meets: moved and locked.
            let registry = try await harness.workspace.registry()
            let requests = Dictionary(uniqueKeysWithValues: registry.meetingRequests.map { ($0.id, $0) })
            let mine = requests[first.requestID]!
            let target = figures.slots.flatMap { slot in figures.tables.map { (slot, $0) } }.first { slot, table in
                slot != first.start.instant
                    && !stored.contains { meeting in
                        guard meeting.start.instant == slot else { return false }
                        let request = requests[meeting.requestID]!
                        return meeting.table == table || request.enterpriseID == mine.enterpriseID
                            || request.partnerEnterpriseID == mine.partnerEnterpriseID
                    }
            }
            let (slot, table) = try #require(target)
            let moved = try await coordinator.post(
                client, "/meetings/\(Self.session)/move",
                [("request", first.requestID.rawValue), ("slot", ZonedInstant.formatUTC(slot)), ("table", table)])
            #expect(moved.status == .ok)
            #expect(moved.text.contains("Meeting \(first.requestID.rawValue) moved and locked."))
            var now = try await harness.workspace.store.read({ try $0.scheduledMeetings(for: activity) })
            let placed = try #require(now.first { $0.requestID == first.requestID })
            #expect(placed.start.instant == slot && placed.table == table && placed.locked)

            _ = try await coordinator.post(
                client, "/meetings/\(Self.session)/unlock", [("request", first.requestID.rawValue)])
            now = try await harness.workspace.store.read({ try $0.scheduledMeetings(for: activity) })
            #expect(now.first { $0.requestID == first.requestID }?.locked == false)
            _ = try await coordinator.post(
                client, "/meetings/\(Self.session)/lock", [("request", other.requestID.rawValue)])
            now = try await harness.workspace.store.read({ try $0.scheduledMeetings(for: activity) })
            #expect(now.first { $0.requestID == other.requestID }?.locked == true)

            // Re-scheduling keeps the locked meeting where it is.
            _ = try await coordinator.post(client, "/meetings/\(Self.session)/schedule")
            now = try await harness.workspace.store.read({ try $0.scheduledMeetings(for: activity) })
            let kept = try #require(now.first { $0.requestID == other.requestID })
            #expect(kept.start == other.start && kept.table == other.table)

            // The firm's agenda lists its meetings with the partner's name.
            let firm = registry.enterprises.first { $0.id == mine.enterpriseID }!
            let partner = registry.partnerEnterprises.first { $0.id == mine.partnerEnterpriseID }!
            let agenda = try await coordinator.get(client, "/meetings/\(Self.session)/agenda/\(firm.id.rawValue)")
            #expect(agenda.status == .ok)
            #expect(agenda.text.contains(escaped(partner.name)))
            let unknown = try await coordinator.get(client, "/meetings/\(Self.session)/agenda/nobody")
            #expect(unknown.status == .notFound)

            let auditor = harness.sessions["auditor"]!
            let readOnly = try await Browser(cookie: auditor.cookie).get(client, "/meetings/\(Self.session)")
            #expect(readOnly.status == .ok)
            #expect(!readOnly.text.contains("action=\"/meetings/\(Self.session)/move\""))
        }
    }
}

private func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
        .replacingOccurrences(of: "'", with: "&#39;")
}

@Suite("Costs entry on the desk")
struct CostsEntryTests {
    @Test("bad costs get the import's FILE:LINE message next to the field and nothing is recorded; good ones are")
    func costs() async throws {
        let harness = try await DeskHarness.make()
        let session = harness.sessions["coordinator"]!
        let coordinator = Browser(cookie: session.cookie, csrf: session.csrf)
        let activity = InvitesAndMeetingsTests.visit
        try await harness.test { client in
            var fields = [
                ("preparation_hours", "12.5"), ("hourly_rate", "80.00"), ("hall", "<b>lots</b>"), ("service", "0"),
                ("sme_cost_per_delegate", "350.00"), ("note", "catering"),
            ]
            let refused = try await coordinator.post(client, "/attendance/\(activity)/costs", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("costs.csv:2: field "), "\(refused.text.prefix(4000))")
            #expect(refused.text.contains("hall"))
            #expect(refused.text.contains("&lt;b&gt;lots&lt;/b&gt;"))
            // The message is next to the field it is about.
            #expect(refused.text.contains("-hall-error\">costs.csv:2: field &#39;hall&#39;"))
            #expect(!refused.text.contains("<b>lots</b>"))
            #expect(!refused.text.contains("/tmp/"))
            #expect(try await harness.workspace.store.read({ try $0.attendanceCosts() }).isEmpty)

            fields[2] = ("hall", "1500.00")
            let recorded = try await coordinator.post(client, "/attendance/\(activity)/costs", fields)
            #expect(recorded.status == .ok)
            let costs = try await harness.workspace.store.read({ try $0.attendanceCosts() })
            #expect(costs.count == 1)
            #expect(costs.first?.activityID.rawValue == activity)
            #expect(costs.first?.preparationHours.hundredths == 1250)
            #expect(costs.first?.hall.cents == 150_000)
            let page = try await coordinator.get(client, "/attendance/\(activity)/costs")
            #expect(page.text.contains("1500.00"))

            // Who did what: the accounts page lists every change, filtered by account.
            let auditor = Browser(cookie: harness.sessions["auditor"]!.cookie)
            let mine = try await auditor.get(client, "/accounts?actor=coordinator%40example.org")
            #expect(mine.text.contains("costs of \(activity) recorded from the desk"))
            let others = try await auditor.get(client, "/accounts?actor=auditor%40example.org")
            #expect(others.status == .ok)
            #expect(!others.text.contains("recorded from the desk"))
        }
    }
}
