public import Foundation
internal import GRDB
import TwinLinkDomain

/// An e-mail in the invites' outbox.
public struct OutboxMessage: Hashable, Sendable {
    public enum State: String, Sendable {
        /// Decided; the transport has not accepted it yet.
        case pending
        /// One process is handing it to the transport.
        case sending
        /// The transport accepted it.
        case sent
        /// Written out only, for the coordinator to send.
        case written
    }

    /// Given by the store when the message is queued.
    public var id: Int64?
    public var uid: String
    public var sequence: Int
    public var method: String
    public var recipient: String
    /// The whole RFC 5322 message.
    public var message: String
    public var state: State
    public var queuedAt: Date

    public init(
        id: Int64? = nil, uid: String, sequence: Int, method: String, recipient: String, message: String, state: State,
        queuedAt: Date
    ) {
        self.id = id
        self.uid = uid
        self.sequence = sequence
        self.method = method
        self.recipient = recipient
        self.message = message
        self.state = state
        self.queuedAt = queuedAt
    }
}

/// A row of `outbox`.
private struct OutboxRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "outbox"
    static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }

    var id: Int64?
    var uid: String
    var sequence: Int
    var method: String
    var recipient: String
    var message: String
    var state: String
    var queuedAt: String
    var claimedAt: String?
    var sentAt: String?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    func domain() throws -> OutboxMessage {
        let key = id.map(String.init) ?? "?"
        return OutboxMessage(
            id: id, uid: uid, sequence: sequence, method: method, recipient: recipient, message: message,
            state: try stored(OutboxMessage.State(rawValue: state), Self.databaseTableName, key, "state", state),
            queuedAt: try stored(
                ZonedInstant.parseInstant(queuedAt), Self.databaseTableName, key, "queued_at", queuedAt))
    }
}

extension RegistryAccess {
    /// Queues messages (in the transaction that decides them), in order; returns their ids.
    @discardableResult
    public func enqueue(_ messages: [OutboxMessage]) throws -> [Int64] {
        try run { db in
            try messages.map { message in
                var row = OutboxRow(
                    id: nil, uid: message.uid, sequence: message.sequence, method: message.method,
                    recipient: message.recipient, message: message.message, state: message.state.rawValue,
                    queuedAt: ZonedInstant.formatUTC(message.queuedAt), claimedAt: nil, sentAt: nil)
                try row.insert(db)
                return row.id ?? 0
            }
        }
    }

    /// The messages to deliver, oldest first: every pending one, and any a process claimed before
    /// `staleBefore` and never reported on (it stopped while sending).
    public func deliverableMessages(staleBefore: Date) throws -> [OutboxMessage] {
        try run { db in
            try OutboxRow.fetchAll(
                db,
                sql: """
                    SELECT * FROM outbox
                    WHERE state = 'pending' OR (state = 'sending' AND claimed_at < ?)
                    ORDER BY id
                    """, arguments: [ZonedInstant.formatUTC(staleBefore)]
            ).map { try $0.domain() }
        }
    }

    /// Every message of the outbox, oldest first.
    public func outbox() throws -> [OutboxMessage] {
        try run { db in try OutboxRow.order(Column("id")).fetchAll(db).map { try $0.domain() } }
    }

    /// Claims a message for delivery by this process; `false` when another has it or sent it.
    public func claim(_ id: Int64, at now: Date, staleBefore: Date) throws -> Bool {
        try run { db in
            try db.execute(
                sql: """
                    UPDATE outbox SET state = 'sending', claimed_at = ?
                    WHERE id = ? AND (state = 'pending' OR (state = 'sending' AND claimed_at < ?))
                    """, arguments: [ZonedInstant.formatUTC(now), id, ZonedInstant.formatUTC(staleBefore)])
            return db.changesCount > 0
        }
    }

    /// The transport accepted the message.
    public func markSent(_ id: Int64, at now: Date) throws {
        try run { db in
            try db.execute(
                sql: "UPDATE outbox SET state = 'sent', sent_at = ? WHERE id = ?",
                arguments: [ZonedInstant.formatUTC(now), id])
        }
    }

    /// The transport refused the message: it is pending again, for the next run.
    public func release(_ id: Int64) throws {
        try run { db in
            try db.execute(sql: "UPDATE outbox SET state = 'pending', claimed_at = NULL WHERE id = ?", arguments: [id])
        }
    }
}
