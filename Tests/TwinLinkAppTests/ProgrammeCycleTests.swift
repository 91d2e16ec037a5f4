import Foundation
import GRDB
import Testing
import TwinLinkAllocation
import TwinLinkApp
import TwinLinkDomain
import TwinLinkLocalization
import TwinLinkMeetingScheduler
import TwinLinkStore

/// The programme cycle through the service layer: each defect of issue 10 as a regression test.
@Suite("The programme cycle follows a change")
struct ProgrammeCycleTests {
    static let krakbyteMeetings = ["mr-0176", "mr-0177", "mr-0178"]

    @Test(
        "a withdrawal re-schedules the 1:1 session: the firm that left loses its meetings, the promoted one gets some")
    func withdrawalReachesTheSession() async throws {
        let programme = try await Programme.afterMainJob()
        let before = try await programme.meetings(Programme.forumSession)
        #expect(Set(Self.krakbyteMeetings).isSubset(of: before))

        let report = try await AllocationWithdrawal.run(
            application: Identifier(trusted: "app-0104"), reason: "Cannot travel", by: "test",
            workspace: programme.workspace, now: programme.now())
        let outcome = try #require(report.outcome)
        let promoted = try #require(
            outcome.changes.first { $0.description.contains("promoted") }.map {
                String($0.description.prefix { $0 != ":" })
            })
        let promotedFirm = try #require(
            try await programme.registry().applications.first { $0.id.rawValue == promoted }?.enterpriseID)
        let session = try #require(report.session)
        #expect(session.changed)
        #expect(session.activity.id == Programme.forumSession)

        let after = try await programme.meetings(Programme.forumSession)
        #expect(Set(after).isDisjoint(with: Self.krakbyteMeetings))
        var firmsAfter: Set<Identifier<LocalEnterprise>> = []
        for request in after { if let firm = try await programme.firm(of: request) { firmsAfter.insert(firm) } }
        #expect(firmsAfter.contains(promotedFirm), "\(promotedFirm) got no 1:1 meeting")
        #expect(!firmsAfter.contains(Identifier(trusted: "sme-krakbyte")))

        // The next invites cancel exactly the meetings that left and invite those that came.
        let invites = try await programme.invites()
        let cancelledMeetings = Set(invites.changes.filter { $0.change == "cancelled" }.compactMap(\.meetingRequest))
        let newMeetings = Set(invites.changes.filter { $0.change == "new" }.compactMap(\.meetingRequest))
        #expect(Set(before).subtracting(after) == cancelledMeetings.intersection(before))
        #expect(cancelledMeetings.isSuperset(of: Self.krakbyteMeetings))
        #expect(newMeetings == Set(after).subtracting(before))
        #expect(!newMeetings.isEmpty)
    }

    @Test("a failure inside a withdrawal records nothing: no withdrawal, no version, and it can be retried")
    func failedWithdrawalRecordsNothing() async throws {
        let folder = try Programme.temporaryFolder()
        let path = folder.appendingPathComponent("db.sqlite").path
        let programme = try await Programme.afterMainJob(path: path)
        let versions = try await programme.workspace.store.read { try $0.allocationVersions(for: Programme.forum) }
        // A real failure in the middle of the transaction: storing the re-run's version is refused.
        let saboteur = try DatabaseQueue(path: path)
        try await saboteur.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER refuse_runs BEFORE INSERT ON allocation_runs
                    BEGIN SELECT RAISE(ABORT, 'refused for the test'); END
                    """)
        }
        let id = Identifier<Application>(trusted: "app-0104")
        await #expect(throws: TwinLinkError.self) {
            try await AllocationWithdrawal.run(
                application: id, reason: nil, by: "test", workspace: programme.workspace, now: programme.now())
        }
        #expect(try await programme.workspace.store.read { try $0.recordedWithdrawals() }[id] == nil)
        #expect(
            try await programme.workspace.store.read { try $0.allocationVersions(for: Programme.forum) } == versions)
        #expect(
            try await programme.workspace.store.read { try $0.auditTrail() }.contains {
                $0.action == AuditEntry.withdraw
            }
                == false)

        try await saboteur.write { db in try db.execute(sql: "DROP TRIGGER refuse_runs") }
        let retried = try await AllocationWithdrawal.run(
            application: id, reason: nil, by: "test", workspace: programme.workspace, now: programme.now())
        #expect(retried.outcome?.version.run.version == (versions.last?.run.version ?? 0) + 1)
    }

    @Test("two withdrawals of one application at once: one applies, the other is refused as already withdrawn")
    func racingWithdrawals() async throws {
        let folder = try Programme.temporaryFolder()
        let path = folder.appendingPathComponent("db.sqlite").path
        let programme = try await Programme.afterMainJob(path: path)
        let now = try await programme.now()
        // Two processes: two stores on the same file.
        let first = Workspace(store: try RegistryStore.open(path: path))
        let second = Workspace(store: try RegistryStore.open(path: path))
        let id = Identifier<Application>(trusted: "app-0118")
        async let a = Self.outcome {
            try await AllocationWithdrawal.run(application: id, reason: nil, by: "a", workspace: first, now: now)
        }
        async let b = Self.outcome {
            try await AllocationWithdrawal.run(application: id, reason: nil, by: "b", workspace: second, now: now)
        }
        let results = await [a, b]
        #expect(results.filter { $0 == nil }.count == 1, "\(results)")
        guard let refusal = results.compactMap({ $0 }).first else {
            Issue.record("both withdrawals applied")
            return
        }
        guard case .conflict(let message) = refusal else {
            Issue.record("expected a conflict, got \(refusal)")
            return
        }
        #expect(message.contains("app-0118 was already withdrawn"))
        let audit = try await programme.workspace.store.read { try $0.auditTrail() }
        #expect(audit.filter { $0.action == AuditEntry.withdraw }.count == 1)
    }

    /// `nil` when `body` succeeds, else the failure it reports.
    static func outcome<T>(_ body: () async throws -> T) async -> TwinLinkError? {
        do {
            _ = try await body()
            return nil
        } catch {
            return TwinLinkError(error)
        }
    }

    @Test(
        "only seated firms meet: a rejected firm gets no 1:1 meeting and no 1:1 invite, even while allocation is provisional"
    )
    func onlySeatedFirmsMeet() async throws {
        let programme = try await Programme.afterMainJob()
        let rochester = Identifier<Activity>(trusted: "b2b-ev-2027-03-rochester-photonics")
        let rejected = Identifier<LocalEnterprise>(trusted: "sme-rynek-fintech")
        let allocation = try #require(
            try await programme.workspace.store.read {
                try $0.latestAllocation(for: Identifier(trusted: "visit-ev-2027-03-rochester-photonics"))
            })
        #expect(allocation.provisional)
        for request in try await programme.meetings(rochester) {
            #expect(try await programme.firm(of: request) != rejected)
        }
        let people = Set(
            try await programme.registry().people.filter { $0.organisation == .localEnterprise(rejected) }.map(\.id))
        let invites = try await programme.workspace.store.read { try $0.invites() }
        #expect(!invites.contains { $0.meetingRequestID != nil && people.contains($0.personID) })

        // The coordinator chooses to schedule before the allocation is final: the provisionally
        // accepted firms meet, their invites say so, and the rejected one still does not.
        let provisional = try await ScheduleSessionMeetings.run(
            activity: rochester, workspace: programme.workspace, seed: 0, provisional: true)
        #expect(!provisional.schedule.meetings.isEmpty)
        for request in try await programme.meetings(rochester) {
            #expect(try await programme.firm(of: request) != rejected)
        }
        let output = OutputCollection()
        let report = try await WriteInvites.run(
            workspace: programme.workspace, output: output, activity: rochester, now: programme.now())
        #expect(!report.changes.isEmpty)
        // The note in the reader's language: the catalogue's words before the firm's name.
        let notes = CatalogueSet.shippedLanguages.map { language in
            CatalogueSet.shippedCatalogue(language).text("invite_meeting_provisional", ["firm": "\u{1}"])
                .components(separatedBy: "\u{1}")[0]
        }
        for change in report.changes where change.change == "new" {
            let ics = try #require(output.text(change.file)).replacingOccurrences(of: "\r\n ", with: "")
            #expect(notes.contains { ics.contains($0) })
            #expect(!people.contains(Identifier(trusted: change.person)))
        }
        // Re-running keeps the coordinator's choice until the allocation is final.
        let again = try await ScheduleSessionMeetings.run(activity: rochester, workspace: programme.workspace, seed: 0)
        #expect(!again.changed)
    }
}
