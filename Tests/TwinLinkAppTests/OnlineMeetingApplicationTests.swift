import Foundation
import Testing
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore
import TwinLinkTestSupport

/// Applications to an online meeting alone (issue 12): the fixtures' `online_meetings` rules with
/// two seats, four firms applying to Leipzig's online introduction; decisions with a waitlist,
/// a withdrawal that seats the next in line at once, the study visit untouched, the accepted
/// firms' delegates invited to the meeting, and the portal offering and taking such applications.
@Suite("Online meeting applications")
struct OnlineMeetingApplicationTests {
    static let event = "ev-2027-04-leipzig-manufacturing"
    static let intro = Identifier<Activity>(trusted: "intro-\(event)")
    static let visit = Identifier<Activity>(trusted: "visit-\(event)")
    static let firms = ["krakus-ios", "czekolada-kleparz", "geoplan", "optiqa"]
    /// After applications close (14 days before the meeting on 2027-03-29): a final run.
    static let afterClose = ISO8601DateFormatter().date(from: "2027-03-16T09:00:00Z")!

    /// The fixtures with `online_meetings` at two seats and the four applications to the introduction.
    static func programme() async throws -> Workspace {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("twinlink-online-\(UUID())")
        try FileManager.default.copyItem(at: URL(fileURLWithPath: RepositoryPaths.fixtures), to: folder)
        let regulations = folder.appendingPathComponent("regulations.yaml")
        let text = try String(contentsOf: regulations, encoding: .utf8)
        let seats =
            "online_meetings:\n  capacity:\n    # The meeting room's connections kept for local firms (the partner city has its own).\n    seats: 6"
        #expect(text.contains(seats))
        try text.replacingOccurrences(of: seats, with: "online_meetings:\n  capacity:\n    seats: 2").write(
            to: regulations, atomically: true, encoding: .utf8)
        let applications = folder.appendingPathComponent("applications.csv")
        var csv = try String(contentsOf: applications, encoding: .utf8)
        #expect(
            csv.hasPrefix(
                "id,event_id,sme_id,submitted_at,delegate_person_ids,cost_acknowledged,motivation,withdrawn_at,"
                    + "activity_id\n"))
        for (number, firm) in firms.enumerated() {
            csv +=
                "app-online-\(number + 1),\(event),sme-\(firm),2026-11-2\(number)T10:00:00+01:00,person-\(firm)-1,no,,,\(intro)\n"
        }
        try csv.write(to: applications, atomically: true, encoding: .utf8)
        let workspace = Workspace(store: try RegistryStore.inMemory())
        let now = afterClose
        _ = try await ImportRegistry.run(directory: folder.path, into: workspace.store, now: now)
        _ = try await PlanActivities.run(workspace: workspace, now: now)
        try? FileManager.default.removeItem(at: folder)
        return workspace
    }

    static func outcomes(_ outcome: AllocationOutcome) -> [String: AllocationDecision.Outcome] {
        Dictionary(uniqueKeysWithValues: outcome.version.decisions.map { ($0.applicationID.rawValue, $0.outcome) })
    }

    @Test("two seats for four firms: two accepted, two waitlisted; a withdrawal seats the first in line")
    func waitlistAndWithdrawal() async throws {
        let workspace = try await Self.programme()
        let registry = try await workspace.registry()
        let online = registry.applications.filter { $0.activityID == Self.intro }
        #expect(online.count == 4)
        #expect(online.allSatisfy { $0.seatActivityID == Self.intro })

        let first = try await AllocateSeats.run(
            activity: Self.intro, workspace: workspace, now: Self.afterClose, actor: "test")
        #expect(!first.version.provisional)
        let decided = Self.outcomes(first)
        // Only the applications to the online meeting compete for its seats.
        #expect(Set(decided.keys) == Set(online.map(\.id.rawValue)))
        let accepted = decided.filter { if case .accepted = $0.value { true } else { false } }.keys.sorted()
        let waitlist = decided.compactMap { entry -> (String, Int)? in
            if case .waitlisted(let rank) = entry.value { (entry.key, rank) } else { nil }
        }.sorted { $0.1 < $1.1 }
        #expect(accepted.count == 2)
        #expect(waitlist.map(\.1) == [1, 2])
        // No travel costs, and no acknowledgement needed: nobody is refused for its "no".
        #expect(!decided.values.contains(.rejected))

        // The study visit's allocation never sees them.
        let visit = try await AllocateSeats.run(
            activity: Self.visit, workspace: workspace, now: Self.afterClose, actor: "test")
        #expect(Set(Self.outcomes(visit).keys).isDisjoint(with: online.map(\.id.rawValue)))

        // The accepted firms' delegates are invited to the online meeting; the waitlisted are not.
        _ = try await WriteInvites.run(workspace: workspace, output: OutputCollection(), now: Self.afterClose)
        let invited = Set(
            try await workspace.store.read { try $0.invites() }.filter { $0.activityID == Self.intro }
                .map(\.personID.rawValue))
        let delegate = { (application: String) in
            online.first { $0.id.rawValue == application }!.delegateIDs[0].rawValue
        }
        #expect(accepted.allSatisfy { invited.contains(delegate($0)) })
        #expect(waitlist.allSatisfy { !invited.contains(delegate($0.0)) })

        // A withdrawal gives the seat to the first in line at once, and nobody else moves out.
        let withdrawn = accepted[0]
        let report = try await AllocationWithdrawal.run(
            application: Identifier(trusted: withdrawn), reason: "no time that day", by: "test", workspace: workspace,
            now: Self.afterClose)
        let after = Self.outcomes(try #require(report.outcome))
        #expect(report.outcome?.activity.id == Self.intro)
        #expect(after[waitlist[0].0] == .accepted(seats: 1))
        #expect(after[accepted[1]] == .accepted(seats: 1))
        #expect(after[waitlist[1].0] == .waitlisted(rank: 1))
    }

    @Test("the portal offers the online meeting, takes the application without a cost acknowledgement")
    func portal() async throws {
        let workspace = try await Self.programme()
        let firm = Identifier<LocalEnterprise>(trusted: "sme-zablocie-labs")
        let now = ISO8601DateFormatter().date(from: "2026-12-01T09:00:00Z")!
        let overview = try await PortalApplications.overview(of: firm, workspace: workspace, now: now)
        let opening = try #require(overview.openings.first { $0.activity.id == Self.intro })
        #expect(opening.choice == Self.intro.rawValue)
        #expect(opening.seats == 2)
        #expect(opening.costs.perDelegate.cents == 0 && !opening.costs.acknowledgementRequired)
        // The visit of the same event is offered too, with its travel costs.
        let visit = try #require(overview.openings.first { $0.activity.id == Self.visit })
        #expect(visit.choice == Self.event && visit.costs.travel.cents > 0)

        let result = try await PortalApplications.apply(
            firm, event: Self.intro.rawValue, delegates: ["person-zablocie-labs-1"], costAcknowledged: false,
            motivation: "We cannot travel in March.", by: "szymon.chmiel@zablocie-labs.example", workspace: workspace,
            now: now)
        let application = try result.get()
        #expect(application.activityID == Self.intro && application.seatActivityID == Self.intro)
        let stored = try await workspace.registry().applications.first { $0.id == application.id }
        #expect(stored?.activityID == Self.intro)
        // One application per firm and event: neither the visit nor the follow-up is open to it now.
        let later = try await PortalApplications.overview(of: firm, workspace: workspace, now: now)
        #expect(!later.openings.contains { $0.event.id.rawValue == Self.event })
        #expect(later.entries.first { $0.application.id == application.id }?.activityID == Self.intro)
    }
}
