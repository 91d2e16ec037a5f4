public import Foundation
internal import GRDB
import TwinLinkDomain

extension Migrations {
    /// Why the transport last refused an outbox message (the desk shows it as failed, to re-send):
    /// set when a delivery fails, the message staying `pending`; a later success marks it `sent`.
    static func addOutboxFailures(_ db: Database) throws {
        try db.alter(table: "outbox") { t in
            t.add(column: "failure", .text)
            t.add(column: "failed_at", .text)
        }
    }
}

/// A delivery the transport refused: the message, when and why.
public struct OutboxFailure: Hashable, Sendable {
    public var id: Int64
    public var at: Date
    public var reason: String
}

extension RegistryAccess {
    /// The transport refused message `id`: it is pending again, with the reason kept until it is sent.
    public func markFailed(_ id: Int64, at now: Date, reason: String) throws {
        try run { db in
            try db.execute(
                sql: """
                    UPDATE outbox SET state = 'pending', claimed_at = NULL, failure = ?, failed_at = ?
                    WHERE id = ? AND state <> 'sent'
                    """, arguments: [reason, ZonedInstant.formatUTC(now), id])
        }
    }

    /// The last refusal of every message still not sent, by message id.
    public func outboxFailures() throws -> [Int64: OutboxFailure] {
        try run { db in
            var failures: [Int64: OutboxFailure] = [:]
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT id, failure, failed_at FROM outbox WHERE failure IS NOT NULL AND state <> 'sent'")
            for row in rows {
                let id: Int64 = row["id"]
                let text: String = row["failed_at"]
                failures[id] = OutboxFailure(
                    id: id, at: try stored(ZonedInstant.parseInstant(text), "outbox", "\(id)", "failed_at", text),
                    reason: row["failure"])
            }
            return failures
        }
    }
}
