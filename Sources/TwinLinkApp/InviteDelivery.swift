import Foundation
import TwinLinkDomain
import TwinLinkStore

/// Use case (the desk's Invites page): hands the outbox's pending e-mails to a transport, one at a
/// time, each claimed first and marked sent once the transport accepted it. A refused message stays
/// pending with the transport's reason (the desk shows it as failed, to re-send) and the others are
/// still tried.
public enum InviteDelivery {
    public struct Report: Sendable, Equatable {
        public var sent: Int
        /// The recipients the transport refused, with its reason.
        public var failed: [String]

        public init(sent: Int, failed: [String]) {
            self.sent = sent
            self.failed = failed
        }
    }

    /// Delivers the pending messages of the outbox (only those whose `uid` is in `uids`, when given).
    public static func run(
        workspace: Workspace, uids: Set<String>? = nil,
        send: @escaping @Sendable (_ recipient: String, _ message: String) async throws -> Void
    ) async throws(TwinLinkError) -> Report {
        let clock = workspace.clock
        let staleAfter: TimeInterval = 600
        let deliverable = try await workspace.read { access in
            try access.deliverableMessages(staleBefore: clock.system().addingTimeInterval(-staleAfter))
        }
        var report = Report(sent: 0, failed: [])
        for message in deliverable {
            guard let id = message.id, uids.map({ $0.contains(message.uid) }) ?? true else { continue }
            let claimed = try await workspace.write { access in
                let now = clock.system()
                return try access.claim(id, at: now, staleBefore: now.addingTimeInterval(-staleAfter))
            }
            guard claimed else { continue }
            do {
                try await send(message.recipient, message.message)
            } catch {
                let reason = "\(error)"
                try await workspace.write { access in try access.markFailed(id, at: clock.system(), reason: reason) }
                report.failed.append("\(message.recipient): \(reason)")
                continue
            }
            try await workspace.write { access in try access.markSent(id, at: clock.system()) }
            report.sent += 1
        }
        return report
    }
}
