internal import GRDB

extension Migrations {
    /// Invites per person and activity, and per person and 1:1 meeting, with what was last sent.
    /// The first `invites` table never held data: it is replaced.
    static func createInvites(_ db: Database) throws {
        try db.drop(table: "invites")
        try db.create(table: "invites") { t in
            t.column("activity_id", .text).notNull().indexed().references("activities")
            t.column("person_id", .text).notNull().indexed().references("people")
            // '' for the activity itself, else the 1:1 meeting's request id.
            t.column("meeting_request_id", .text).notNull().defaults(to: "")
            t.column("uid", .text).notNull().unique()
            t.column("sequence", .integer).notNull().check { $0 >= 0 }
            t.column("last_method", .text).notNull().check { ["REQUEST", "CANCEL"].contains($0) }
            t.column("content_hash", .text).notNull()
            t.column("sent_at", .text).notNull()
            t.column("summary", .text).notNull()
            t.column("start_utc", .text).notNull()
            t.column("end_utc", .text).notNull()
            t.column("time_zone", .text).notNull()
            t.column("all_day", .boolean).notNull()
            t.column("location", .text)
            t.column("participation_status", .text)
            t.primaryKey(["activity_id", "person_id", "meeting_request_id"])
        }
    }
}
