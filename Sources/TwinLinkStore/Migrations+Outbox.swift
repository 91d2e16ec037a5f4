internal import GRDB

extension Migrations {
    /// The invites' outbox: every e-mail decided, recorded in the transaction that decides it, and
    /// its delivery: `pending` until the transport accepts it, then `sent`; `sending` while one
    /// process delivers it; `written` when it was only written out for the coordinator to send.
    static func createOutbox(_ db: Database) throws {
        try db.create(table: "outbox") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("uid", .text).notNull().indexed()
            t.column("sequence", .integer).notNull()
            t.column("method", .text).notNull()
            t.column("recipient", .text).notNull()
            t.column("message", .text).notNull()
            t.column("state", .text).notNull().indexed()
                .check { ["pending", "sending", "sent", "written"].contains($0) }
            t.column("queued_at", .text).notNull()
            t.column("claimed_at", .text)
            t.column("sent_at", .text)
        }
    }
}
