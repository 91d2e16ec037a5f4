import Foundation
import Testing
import TwinLinkCalendar
import TwinLinkDomain

/// Invites written on several tasks are the texts `write(_:)` gives one by one, in order.
@Suite struct ParallelInviteTests {
    @Test func invitesDoNotDependOnTheNumberOfWorkers() async throws {
        let writer = InviteWriter()
        var messages = (0..<40).map(InviteBenchmarkWorkload.invite(forParticipant:))
        messages.append(
            .withdrawal(
                of: messages[0].event.attendees[0], from: InviteBenchmarkWorkload.meeting, sequence: 1,
                dtstamp: InviteBenchmarkWorkload.dtstamp))
        let expected = try messages.map { try InviteWriter().write($0) }
        for workers in [1, 2, 5] {
            let texts = try await writer.write(messages, workers: workers).map { try $0.get() }
            #expect(texts == expected, "\(workers) workers")
        }
    }
}
