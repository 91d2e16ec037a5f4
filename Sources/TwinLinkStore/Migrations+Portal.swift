internal import GRDB

extension Migrations {
    /// The self-service portals: requests of new firms to join (approved on the desk), the firms'
    /// consents with their history, the profile changes made on the portal (marked for the next
    /// issue of the information material), partner cities' marks of interest in local firms, and personal calendar-feed tokens (only as SHA-256).
    static func createPortal(_ db: Database) throws {
        try db.create(table: "portal_join_requests") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("email", .text).notNull().collate(.nocase).indexed()
            t.column("full_name", .text).notNull()
            t.column("legal_name", .text).notNull()
            t.column("registration_number", .text).notNull()
            t.column("address", .text).notNull()
            t.column("postcode", .text).notNull()
            t.column("staff_headcount", .integer).notNull()
            t.column("annual_turnover_cents", .integer).notNull()
            t.column("balance_sheet_cents", .integer).notNull()
            t.column("nace_codes", .text).notNull()
            t.column("offer", .text).notNull()
            t.column("languages", .text).notNull()
            t.column("website", .text)
            t.column("state", .text).notNull().check { ["pending", "approved", "rejected"].contains($0) }
            t.column("requested_at", .text).notNull()
            t.column("decided_at", .text)
            t.column("decided_by", .text)
            t.column("decision_note", .text)
            t.column("enterprise_id", .text)
        }
        try db.create(table: "portal_consents") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("enterprise_id", .text).notNull().indexed()
            t.column("kind", .text).notNull().check { ["material", "contacts"].contains($0) }
            t.column("given", .boolean).notNull()
            t.column("at", .text).notNull()
            t.column("actor", .text).notNull()
        }
        try db.create(table: "portal_profile_changes") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("enterprise_id", .text).notNull().indexed()
            t.column("changed_at", .text).notNull()
            t.column("actor", .text).notNull()
            t.column("fields", .text).notNull()
            t.column("for_next_material", .boolean).notNull()
        }
        try db.create(table: "portal_partner_interest") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("partner_city_id", .text).notNull().indexed()
            t.column("enterprise_id", .text).notNull()
            t.column("note", .text).notNull()
            t.column("at", .text).notNull()
            t.column("actor", .text).notNull()
        }
        try db.create(table: "portal_feed_tokens") { t in
            t.primaryKey("token_hash", .text)
            t.column("account_id", .integer).notNull().indexed().references("accounts", onDelete: .cascade)
            t.column("created_at", .text).notNull()
            t.column("revoked_at", .text)
        }
    }

    /// People erased at their request: a later import that still lists them keeps them erased.
    static func createPortalErasures(_ db: Database) throws {
        try db.create(table: "portal_erasures") { t in
            t.primaryKey("person_id", .text)
            t.column("erased_at", .text).notNull()
        }
    }

    /// Each issue of the information material written out (not a page view): when, for which
    /// partner city, and which local firms it lists; a profile change after it is exact news.
    static func createPortalMaterialIssues(_ db: Database) throws {
        try db.create(table: "portal_material_issues") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("partner_city_id", .text).notNull()
            t.column("issued_at", .text).notNull()
            t.column("enterprise_ids", .text).notNull()
        }
    }
}
