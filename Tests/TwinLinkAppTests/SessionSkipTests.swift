import Foundation
import GRDB
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkMeetingScheduler
import TwinLinkStore
import TwinLinkTestSupport

/// Issue 15: a session whose inputs did not change keeps its stored schedule without searching;
/// a change re-schedules exactly the sessions it reaches. Real SQLite files throughout.
@Suite("Unchanged 1:1 sessions are not scheduled again")
struct SessionSkipTests {
    /// The fixtures (or a changed copy) imported, planned and allocated into a database file of
    /// its own; no session scheduled yet.
    struct Setup {
        let folder: URL
        let registry: URL
        let database: String
        let workspace: Workspace

        init() async throws {
            folder = try Programme.temporaryFolder()
            registry = folder.appendingPathComponent("registry")
            try FileManager.default.copyItem(
                at: URL(fileURLWithPath: RepositoryPaths.fixtures), to: registry)
            database = folder.appendingPathComponent("db.sqlite").path
            workspace = Workspace(store: try RegistryStore.open(path: database))
            try await importRegistry()
            let now = try await workspace.now()
            _ = try await PlanActivities.run(workspace: workspace, now: now)
            _ = try await AllocateSeats.runAll(workspace: workspace, now: now, actor: "test")
        }

        func importRegistry() async throws {
            _ = try await ImportRegistry.run(directory: registry.path, into: workspace.store, now: Date())
        }

        /// The main job's scheduling stage.
        func scheduleAll() async throws -> [String: ScheduleSessionMeetings.Result] {
            let results = try await ScheduleSessionMeetings.runAll(
                workspace: workspace, now: try await workspace.now(),
                seed: try await workspace.registry().programme.planning.seed ?? 0)
            return Dictionary(uniqueKeysWithValues: results.map { ($0.activity.id.rawValue, $0) })
        }

        /// Every stored meeting, as text, by session.
        func stored() async throws -> [String: [String]] {
            let meetings = try await workspace.store.read { try $0.allScheduledMeetings() }
            return Dictionary(grouping: meetings, by: \.activityID.rawValue).mapValues { list in
                list.map { "\($0.requestID) \($0.start.instant) \($0.table) \($0.locked)" }.sorted()
            }
        }

        /// Rewrites one registry file line by line.
        func edit(_ file: String, _ change: (String) -> String) throws {
            let url = registry.appendingPathComponent(file)
            let text = try String(contentsOf: url, encoding: .utf8)
            try text.components(separatedBy: "\n").map(change).joined(separator: "\n").write(
                to: url, atomically: true, encoding: .utf8)
        }

        /// What another process could do: forget every recorded fingerprint.
        func forgetFingerprints() throws {
            try DatabaseQueue(path: database).write { try $0.execute(sql: "DELETE FROM session_fingerprints") }
        }
    }

    /// The figures and the schedule as the shells show them, byte for byte.
    static func shown(_ result: ScheduleSessionMeetings.Result) -> Data {
        var data = MeetingScheduleJSON.encode(result.schedule)
        data.append(Data("\(result.moves) \(result.cancelled) \(result.firstSchedule) \(result.changed)".utf8))
        return data
    }

    @Test(
        "a second scheduling of unchanged sessions keeps each schedule, byte for byte as a full re-schedule",
        arguments: [false, true])
    func unchangedSessionsAreKept(lockingOne: Bool) async throws {
        let setup = try await Setup()
        let first = try await setup.scheduleAll()
        #expect(first.count >= 3, "the fixtures have several sessions")
        #expect(first.values.allSatisfy { !$0.unchanged })
        #expect(first.values.contains { !$0.schedule.meetings.isEmpty })
        if lockingOne {
            // The coordinator locks a meeting on the desk: that session is scheduled again, with the lock.
            let upcoming = try await setup.workspace.now()
            let session = try #require(
                first.values.filter { $0.activity.start.instant > upcoming && !$0.schedule.meetings.isEmpty }
                    .min { $0.activity.id.rawValue < $1.activity.id.rawValue })
            let meeting = try #require(session.schedule.meetings.last)
            _ = try await SessionMeetingEdit.run(
                activity: session.activity.id, request: Identifier(trusted: meeting.requestID), change: .lock,
                workspace: setup.workspace)
            let locked = try await setup.scheduleAll()
            #expect(locked.values.filter { !$0.unchanged }.map(\.activity.id) == [session.activity.id])
            #expect(
                locked[session.activity.id.rawValue]?.schedule.instance.lockedMeetings.map(\.requestID) == [
                    meeting.requestID
                ])
        }
        let storedFirst = try await setup.stored()

        let second = try await setup.scheduleAll()
        #expect(
            second.values.allSatisfy { $0.unchanged }, "\(second.values.filter { !$0.unchanged }.map(\.activity.id))")
        #expect(try await setup.stored() == storedFirst)

        // Scheduling every session again from its stored meetings gives the same results.
        try setup.forgetFingerprints()
        let full = try await setup.scheduleAll()
        #expect(full.values.allSatisfy { !$0.unchanged })
        #expect(try await setup.stored() == storedFirst)
        #expect(Set(full.keys) == Set(second.keys))
        for (id, kept) in second {
            let again = try #require(full[id])
            #expect(kept.schedule == again.schedule, "\(id)")
            #expect(
                Self.shown(kept) == Self.shown(again),
                "\(id)\n\(String(decoding: Self.shown(kept), as: UTF8.self))\n\(String(decoding: Self.shown(again), as: UTF8.self))"
            )
        }
        // And the record made by the full re-schedule is the one a kept schedule matches.
        #expect(try await setup.scheduleAll().values.allSatisfy { $0.unchanged })
    }

    @Test("a request's changed weight re-schedules its session only; the others are kept")
    func changedRequestReschedulesItsSession() async throws {
        let setup = try await Setup()
        let first = try await setup.scheduleAll()
        let upcoming = try await setup.workspace.now()
        let session = try #require(
            first.values.filter { $0.activity.start.instant > upcoming && !$0.schedule.meetings.isEmpty }
                .min { $0.activity.id.rawValue < $1.activity.id.rawValue })
        // One of its held meetings becomes more wanted (weight 1 or 2 → 3, or 3 → 1).
        let meeting = try #require(session.schedule.meetings.first)
        var changedWeight = 0
        try setup.edit("meeting_requests.csv") { line in
            guard line.hasPrefix(meeting.requestID + ",") else { return line }
            var fields = line.components(separatedBy: ",")
            changedWeight = fields[5] == "3" ? 1 : 3
            fields[5] = String(changedWeight)
            return fields.joined(separator: ",")
        }
        try await setup.importRegistry()
        let second = try await setup.scheduleAll()
        let rescheduled = second.values.filter { !$0.unchanged }.map(\.activity.id.rawValue)
        #expect(rescheduled == [session.activity.id.rawValue])
        let weight = try #require(
            second[session.activity.id.rawValue]?.schedule.instance.requests.first {
                $0.id == meeting.requestID
            }?.weight)
        #expect(weight == changedWeight)
        // The next run keeps it.
        #expect(try await setup.scheduleAll().values.allSatisfy { $0.unchanged })
    }

    @Test("a new request re-schedules its session only, and the request gets its meeting")
    func newRequestReschedulesItsSession() async throws {
        let setup = try await Setup()
        let first = try await setup.scheduleAll()
        let upcoming = try await setup.workspace.now()
        let session = try #require(
            first.values.filter { $0.activity.start.instant > upcoming && !$0.schedule.meetings.isEmpty }
                .min { $0.activity.id.rawValue < $1.activity.id.rawValue })
        // A firm and a partner enterprise of the session that have not asked to meet yet.
        let requests = session.schedule.instance.requests
        let firms = Set(requests.map(\.participantA))
        let partners = Set(requests.map(\.participantB))
        let asked = Set(requests.map { "\($0.participantA) \($0.participantB)" })
        let pair = try #require(
            firms.sorted().lazy.flatMap { firm in partners.sorted().map { (firm, $0) } }.first {
                !asked.contains("\($0.0) \($0.1)")
            })
        let event = try #require(
            try await setup.workspace.registry().meetingRequests.first {
                $0.id.rawValue == requests[0].id
            }?.eventID)
        let line =
            "mr-9001,\(event),\(pair.0.dropFirst("sme:".count)),\(pair.1.dropFirst("partner:".count)),sme,3,Late request"
        let url = setup.registry.appendingPathComponent("meeting_requests.csv")
        var text = try String(contentsOf: url, encoding: .utf8)
        if !text.hasSuffix("\n") { text += "\n" }
        try (text + line + "\n").write(to: url, atomically: true, encoding: .utf8)
        try await setup.importRegistry()

        let second = try await setup.scheduleAll()
        #expect(second.values.filter { !$0.unchanged }.map(\.activity.id.rawValue) == [session.activity.id.rawValue])
        let result = try #require(second[session.activity.id.rawValue])
        #expect(result.schedule.instance.requests.contains { $0.id == "mr-9001" })
        #expect(result.moves.allSatisfy { $0.kind != .dropped })
    }

    @Test("a withdrawal re-schedules the firm's session in its own transaction; the next run keeps every session")
    func withdrawalReschedulesOnce() async throws {
        let setup = try await Setup()
        _ = try await setup.scheduleAll()
        let before = try await setup.stored()
        let report = try await AllocationWithdrawal.run(
            application: Identifier(trusted: "app-0104"), reason: "Cannot travel", by: "test",
            workspace: setup.workspace, now: setup.workspace.now())
        let session = try #require(report.session)
        #expect(!session.unchanged && session.changed)
        let after = try await setup.stored()
        let changedSessions = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
        #expect(changedSessions == [session.activity.id.rawValue])
        let next = try await setup.scheduleAll()
        #expect(next.values.allSatisfy { $0.unchanged }, "\(next.values.filter { !$0.unchanged }.map(\.activity.id))")
        #expect(try await setup.stored() == after)
    }

    @Test("a changed number of tables reaches every session; a locked meeting moved on the desk, only its own")
    func settingsAndDeskEdits() async throws {
        let setup = try await Setup()
        let first = try await setup.scheduleAll()
        try setup.edit("programme.yaml") { $0 == "    tables: 12" ? "    tables: 3" : $0 }
        try await setup.importRegistry()
        let second = try await setup.scheduleAll()
        let upcoming = try await setup.workspace.now()
        // Held sessions keep what they held; every session's figures follow the new tables.
        #expect(Set(second.keys) == Set(first.keys))
        for (id, result) in second where result.activity.start.instant > upcoming {
            #expect(!result.unchanged, "\(id)")
            #expect(result.schedule.instance.tables.count == 3)
        }
        #expect(try await setup.scheduleAll().values.allSatisfy { $0.unchanged })

        // The desk locks one meeting of one session.
        let session = try #require(
            second.values.filter { $0.activity.start.instant > upcoming && !$0.schedule.meetings.isEmpty }
                .min { $0.activity.id.rawValue < $1.activity.id.rawValue })
        let meeting = try #require(session.schedule.meetings.first)
        _ = try await SessionMeetingEdit.run(
            activity: session.activity.id, request: Identifier(trusted: meeting.requestID), change: .lock,
            workspace: setup.workspace)
        let third = try await setup.scheduleAll()
        #expect(third.values.filter { !$0.unchanged }.map(\.activity.id.rawValue) == [session.activity.id.rawValue])
        let locked = try #require(third[session.activity.id.rawValue]?.schedule.meeting(for: meeting.requestID))
        #expect(locked.isLocked && locked.slotID == meeting.slotID)
    }
}
