import Foundation
import Testing
import TwinLinkApp
import TwinLinkDomain
import TwinLinkStore

/// Invites go through an outbox: recorded as pending in the transaction that decides them, marked
/// sent only once the transport accepted them.
@Suite("Invites: the outbox")
struct InviteOutboxTests {
    /// The main job on the fixtures, then a withdrawal: the next invites cancel and invite a few.
    static func changedProgramme(path: String? = nil) async throws -> Programme {
        let programme = try await Programme.afterMainJob(path: path)
        _ = try await AllocationWithdrawal.run(
            application: Identifier(trusted: "app-0104"), reason: nil, by: "test", workspace: programme.workspace,
            now: programme.now())
        return programme
    }

    @Test("sendmail failing part-way: nothing is lost, and the re-run delivers every pending message exactly once")
    func partialDelivery() async throws {
        let programme = try await Self.changedProgramme()
        let folder = try Programme.temporaryFolder()
        let (failing, firstLog) = try Programme.sendmail(in: folder, failingAfter: 5)
        do {
            _ = try await programme.invites(sendmail: failing)
            Issue.record("the failing sendmail was not reported")
        } catch let error as TwinLinkError {
            guard case .output(_, let reason) = error else { throw error }
            #expect(reason.contains("(5 of "))
        }
        // The main job's messages were written out only; this run's are the queued ones.
        let afterFailure = try await programme.workspace.store.read { try $0.outbox() }.filter { $0.state != .written }
        let decided = afterFailure.count
        #expect(decided > 5)
        #expect(afterFailure.filter { $0.state == .sent }.count == 5)
        #expect(afterFailure.filter { $0.state == .pending }.count == decided - 5)
        #expect(try Programme.accepted(firstLog).count == 5)

        let (working, secondLog) = try Programme.sendmail(in: folder)
        let rerun = try await programme.invites(sendmail: working)
        #expect(rerun.changes.isEmpty)
        #expect(rerun.sent == decided - 5)
        let delivered = try Programme.accepted(firstLog) + Programme.accepted(secondLog)
        #expect(delivered.count == decided)
        #expect(Set(delivered).count == decided, "a message was delivered twice")
        #expect(
            try await programme.workspace.store.read { try $0.outbox() }.filter { $0.state != .written }.count
                == decided)
        #expect(
            try await programme.workspace.store.read { try $0.outbox() }.allSatisfy {
                $0.state == .sent || $0.state == .written
            })

        let third = try await programme.invites(sendmail: working)
        #expect(third.sent == 0)
        #expect(try Programme.accepted(secondLog).count == decided - 5)
    }

    @Test("two runs issuing invites at once on one database never issue or deliver a message twice")
    func concurrentIssuing() async throws {
        let folder = try Programme.temporaryFolder()
        let path = folder.appendingPathComponent("db.sqlite").path
        let programme = try await Self.changedProgramme(path: path)
        let now = try await programme.now()
        let (first, firstLog) = try Programme.sendmail(in: folder)
        let (second, secondLog) = try Programme.sendmail(in: folder)
        // Two processes: two stores on the same file.
        let a = Workspace(store: try RegistryStore.open(path: path))
        let b = Workspace(store: try RegistryStore.open(path: path))
        async let reportA = WriteInvites.run(workspace: a, output: OutputCollection(), now: now, sendmail: first)
        async let reportB = WriteInvites.run(workspace: b, output: OutputCollection(), now: now, sendmail: second)
        let reports = try await [reportA, reportB]
        let issued = reports.map(\.changes.count)
        #expect(issued.contains(0), "both runs issued invites: \(issued)")
        let outbox = try await programme.workspace.store.read { try $0.outbox() }.filter { $0.state != .written }
        #expect(outbox.count == issued.reduce(0, +))
        #expect(Set(outbox.map { "\($0.uid) \($0.sequence)" }).count == outbox.count)
        let delivered = try Programme.accepted(firstLog) + Programme.accepted(secondLog)
        #expect(delivered.count == outbox.count)
        #expect(Set(delivered).count == delivered.count, "a message was delivered twice")
        #expect(reports.map(\.sent).reduce(0, +) == outbox.count)
        #expect(outbox.allSatisfy { $0.state == .sent })
    }

    @Test("without sending, messages are written out only and a later --send does not send them")
    func writtenOnly() async throws {
        let programme = try await Self.changedProgramme()
        let report = try await programme.invites()
        #expect(!report.changes.isEmpty)
        let outbox = try await programme.workspace.store.read { try $0.outbox() }
        #expect(outbox.count > report.changes.count)
        #expect(outbox.allSatisfy { $0.state == .written })
        let (sendmail, log) = try Programme.sendmail(in: try Programme.temporaryFolder())
        #expect(try await programme.invites(sendmail: sendmail).sent == 0)
        #expect(try Programme.accepted(log).isEmpty)
    }
}
