internal import GRDB

extension Migrations {
    /// The folders invites were written into (issue 12: an erasure deletes the person's files
    /// there too). Adds a table, so the change counters are installed again at its end.
    static func createInviteFolders(_ db: Database) throws {
        try db.create(table: "invite_folders") { t in
            t.primaryKey("path", .text)
            t.column("first_written_at", .text).notNull()
        }
        try TableVersions.install(db)
    }
}
