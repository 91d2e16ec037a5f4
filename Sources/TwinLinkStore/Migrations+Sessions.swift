internal import GRDB

extension Migrations {
    /// What each 1:1 session's stored schedule was made from (a SHA-256 of the scheduler's inputs) and the
    /// bound it was reported with, so that a session whose inputs did not change keeps its schedule without
    /// searching again (issue 15); `kind` is `scheduled`, or `held` for the figures of a session that has
    /// started. Not data: never exported; a restored database schedules each session once more.
    static func createSessionFingerprints(_ db: Database) throws {
        try db.create(table: "session_fingerprints") { t in
            t.column("activity_id", .text).notNull()
            t.column("kind", .text).notNull()
            t.primaryKey(["activity_id", "kind"])
            t.column("fingerprint", .text).notNull()
            t.column("bound", .integer).notNull()
            t.column("locked_weight", .integer).notNull()
            t.column("matching_bound", .integer).notNull()
            t.column("meeting_limit", .integer).notNull()
        }
        try TableVersions.install(db)
    }
}
