internal import GRDB

extension Migrations {
    /// Accounts of the web desk and portals, their sessions and their one-time sign-in links.
    /// Session ids and link tokens are stored only as SHA-256 hashes (hex).
    static func createAccounts(_ db: Database) throws {
        try db.create(table: "accounts") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("email", .text).notNull().unique(onConflict: .abort).collate(.nocase)
            t.column("role", .text).notNull()
                .check { ["coordinator", "auditor", "sme", "partner", "distributor"].contains($0) }
            t.column("organisation_id", .text)
            t.column("password_hash", .text)
            t.column("disabled", .boolean).notNull().defaults(to: false)
            t.column("created_at", .text).notNull()
        }
        try db.create(table: "web_sessions") { t in
            t.primaryKey("id_hash", .text)
            t.column("account_id", .integer).notNull().indexed().references("accounts", onDelete: .cascade)
            t.column("csrf_token", .text).notNull()
            t.column("created_at", .text).notNull()
            t.column("expires_at", .double).notNull()
        }
        try db.create(table: "sign_in_links") { t in
            t.primaryKey("token_hash", .text)
            t.column("account_id", .integer).notNull().indexed().references("accounts", onDelete: .cascade)
            t.column("expires_at", .double).notNull()
            t.column("used_at", .double)
        }
    }
}
