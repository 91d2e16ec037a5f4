internal import GRDB

/// The database schema, as versioned migrations. A migration, once released, is never edited:
/// a change is a new migration.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-registry", migrate: createRegistry)
        migrator.registerMigration("v1-programme-cycle", migrate: createProgrammeCycle)
        migrator.registerMigration("v2-planning", migrate: createPlanning)
        migrator.registerMigration("v3-allocation", migrate: createAllocation)
        migrator.registerMigration("v4-invites", migrate: createInvites)
        migrator.registerMigration("v5-attendance", migrate: createAttendance)
        migrator.registerMigration("v6-registry-history", migrate: createRegistryHistory)
        migrator.registerMigration("v7-accounts", migrate: createAccounts)
        migrator.registerMigration("v8-people-language", migrate: addPeopleLanguage)
        migrator.registerMigration("v9-outbox", migrate: createOutbox)
        migrator.registerMigration("v10-activity-title-message", migrate: addActivityTitleMessage)
        migrator.registerMigration("v11-portal", migrate: createPortal)
        migrator.registerMigration("v12-desk-outbox-failure", migrate: addOutboxFailures)
        migrator.registerMigration("v13-engine-messages", migrate: addEngineNoteMessages)
        migrator.registerMigration("v14-portal-erasures", migrate: createPortalErasures)
        migrator.registerMigration("v15-material-issues", migrate: createPortalMaterialIssues)
        // Last: a change counter and its triggers on every table above (a later migration that
        // adds a table calls `TableVersions.install` again at its end).
        migrator.registerMigration("v16-table-versions", migrate: TableVersions.install)
        migrator.registerMigration("v17-online-applications", migrate: addApplicationActivity)
        migrator.registerMigration("v18-invite-folders", migrate: createInviteFolders)
        migrator.registerMigration("v19-partner-feeds", migrate: createPartnerFeeds)
        migrator.registerMigration("v20-session-fingerprints", migrate: createSessionFingerprints)
        return migrator
    }

    /// The registry that `twinlink import` fills.
    private static func createRegistry(_ db: Database) throws {
        try db.create(table: "programme") { t in
            t.column("id", .integer).primaryKey().check { $0 == 1 }
            t.column("name", .text).notNull()
            t.column("home_city_name", .text).notNull()
            t.column("home_country", .text).notNull()
            t.column("home_time_zone", .text).notNull()
            t.column("home_postcodes", .jsonText).notNull()
            t.column("home_business_hours", .text).notNull()
            t.column("coordinating_unit", .text).notNull()
            t.column("organiser_name", .text).notNull()
            t.column("organiser_email", .text).notNull()
            t.column("currency", .text).notNull()
            t.column("languages", .jsonText).notNull()
            t.column("reference_date", .text)
        }
        try db.create(table: "people") { t in
            t.primaryKey("id", .text)
            t.column("full_name", .text).notNull()
            t.column("email", .text).notNull().unique(onConflict: .abort).collate(.nocase)
            t.column("phone", .text)
            t.column("organisation_kind", .text).notNull()
                .check { ["sme", "partner_enterprise", "partner_city", "programme"].contains($0) }
            t.column("organisation_id", .text)
            t.column("job_title", .text)
            t.column("languages", .jsonText).notNull()
        }
        try db.create(table: "partner_cities") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("country", .text).notNull()
            t.column("time_zone", .text).notNull()
            t.column("languages", .jsonText).notNull()
            t.column("key_sectors", .jsonText).notNull()
            t.column("partnership_since", .integer)
            t.column("business_hours", .text).notNull()
            t.column("contact_person_id", .text).indexed().references("people").notNull()
            t.column("website", .text)
            t.column("notes", .text)
        }
        try db.create(table: "local_enterprises") { t in
            t.primaryKey("id", .text)
            t.column("legal_name", .text).notNull()
            t.column("registration_number", .text).notNull()
            t.column("address", .text).notNull()
            t.column("postcode", .text).notNull()
            t.column("in_city", .boolean)
            t.column("staff_headcount", .integer).notNull().check { $0 >= 0 }
            t.column("annual_turnover_eur_cents", .integer).notNull().check { $0 >= 0 }
            t.column("balance_sheet_total_eur_cents", .integer).notNull().check { $0 >= 0 }
            t.column("sectors", .jsonText).notNull()
            t.column("offer", .text).notNull()
            t.column("cooperation_needs", .text)
            t.column("apprenticeships", .text)
            t.column("languages", .jsonText).notNull()
            t.column("info_material_contributed_on", .text)
            t.column("profile_consent", .boolean).notNull()
            t.column("contact_person_id", .text).indexed().references("people").notNull()
            t.column("website", .text)
            t.column("founded", .integer)
        }
        try db.create(table: "enterprise_links") { t in
            t.primaryKey("id", .text)
            t.column("enterprise_id", .text).indexed().references("local_enterprises", onDelete: .cascade).notNull()
            t.column("name", .text).notNull()
            t.column("relationship", .text).notNull().check { ["partner", "linked"].contains($0) }
            t.column("share_basis_points", .integer).notNull().check { $0 >= 0 && $0 <= 10000 }
            t.column("staff_headcount", .integer).notNull()
            t.column("annual_turnover_eur_cents", .integer).notNull()
            t.column("balance_sheet_total_eur_cents", .integer).notNull()
        }
        try db.create(table: "partner_enterprises") { t in
            t.primaryKey("id", .text)
            t.column("partner_city_id", .text).indexed().references("partner_cities").notNull()
            t.column("name", .text).notNull()
            t.column("sectors", .jsonText).notNull()
            t.column("offer", .text).notNull()
            t.column("interests", .text)
            t.column("interest_sectors", .jsonText).notNull()
            t.column("languages", .jsonText).notNull()
            t.column("contact_person_id", .text).indexed().references("people").notNull()
            t.column("website", .text)
        }
        try db.create(table: "mutual_events") { t in
            t.primaryKey("id", .text)
            t.column("name", .text).notNull()
            t.column("kind", .text).notNull()
            // NULL: hosted at home.
            t.column("host_city_id", .text).indexed().references("partner_cities")
            t.column("all_day", .boolean).notNull()
            // Timed events: instants in UTC (ISO 8601) and the zone people see them in.
            t.column("start_utc", .text)
            t.column("end_utc", .text)
            // All-day events: first and last day (inclusive), local to the zone.
            t.column("first_day", .text).notNull()
            t.column("last_day", .text).notNull()
            t.column("time_zone", .text).notNull()
            t.column("venue_name", .text).notNull()
            t.column("venue_address", .text).notNull()
            t.column("latitude", .double)
            t.column("longitude", .double)
            t.column("visit", .text).notNull().check { ["outgoing", "incoming", "none"].contains($0) }
            t.column("invited_partner_city_ids", .jsonText).notNull()
            t.column("description", .text)
            t.column("source", .text)
        }
        try db.create(table: "applications") { t in
            t.primaryKey("id", .text)
            t.column("event_id", .text).indexed().references("mutual_events").notNull()
            t.column("enterprise_id", .text).indexed().references("local_enterprises").notNull()
            t.column("submitted_at", .text).notNull()
            t.column("delegate_ids", .jsonText).notNull()
            t.column("cost_acknowledged", .boolean).notNull()
            t.column("motivation", .text)
            t.column("withdrawn_at", .text)
            t.uniqueKey(["event_id", "enterprise_id"])
        }
        try db.create(table: "meeting_requests") { t in
            t.primaryKey("id", .text)
            t.column("event_id", .text).indexed().references("mutual_events").notNull()
            t.column("enterprise_id", .text).indexed().references("local_enterprises").notNull()
            t.column("partner_enterprise_id", .text).indexed().references("partner_enterprises").notNull()
            t.column("requested_by", .text).notNull().check { ["sme", "partner", "both"].contains($0) }
            t.column("weight", .integer).notNull().check { $0 >= 1 && $0 <= 3 }
            t.column("note", .text)
            t.uniqueKey(["event_id", "enterprise_id", "partner_enterprise_id"])
        }
        try db.create(table: "import_runs") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("imported_at", .text).notNull()
            t.column("source", .text).notNull()
            t.column("summary", .text).notNull()
        }
    }

    /// What later stages of the programme cycle store: activities, allocations, invites,
    /// attendance, outcomes, holidays and the audit trail.
    private static func createProgrammeCycle(_ db: Database) throws {
        try db.create(table: "holidays") { t in
            t.column("country", .text).notNull()
            t.column("subdivision", .text).notNull().defaults(to: "")
            t.column("date", .text).notNull()
            t.column("name", .text).notNull()
            t.primaryKey(["country", "subdivision", "date", "name"])
        }
        try db.create(table: "activities") { t in
            t.primaryKey("id", .text)
            t.column("event_id", .text).indexed().references("mutual_events").notNull()
            t.column("kind", .text).notNull()
            t.column("title", .text).notNull()
            t.column("start_utc", .text).notNull()
            t.column("end_utc", .text).notNull()
            t.column("time_zone", .text).notNull()
            t.column("partner_city_id", .text).indexed().references("partner_cities")
            t.column("venue_name", .text)
            t.column("venue_address", .text)
            t.column("latitude", .double)
            t.column("longitude", .double)
            t.column("join_url", .text)
            t.column("status", .text).notNull()
            t.column("seats", .integer)
            t.column("agenda", .jsonText).notNull()
        }
        try db.create(table: "scheduled_meetings") { t in
            t.column("activity_id", .text).indexed().references("activities", onDelete: .cascade).notNull()
            t.column("request_id", .text).indexed().references("meeting_requests").notNull()
            t.column("start_utc", .text).notNull()
            t.column("end_utc", .text).notNull()
            t.column("time_zone", .text).notNull()
            t.column("table_name", .text).notNull()
            t.column("locked", .boolean).notNull().defaults(to: false)
            t.primaryKey(["activity_id", "request_id"])
        }
        try db.create(table: "allocation_runs") { t in
            t.primaryKey("id", .text)
            t.column("activity_id", .text).indexed().references("activities").notNull()
            t.column("version", .integer).notNull()
            t.column("ran_at", .text).notNull()
            t.column("seed", .text).notNull()
            t.column("inputs_hash", .text).notNull()
            t.column("actor", .text).notNull()
            t.uniqueKey(["activity_id", "version"])
        }
        try db.create(table: "allocation_decisions") { t in
            t.column("run_id", .text).indexed().references("allocation_runs").notNull()
            t.column("application_id", .text).indexed().references("applications").notNull()
            t.column("outcome", .text).notNull().check { ["accepted", "waitlisted", "rejected"].contains($0) }
            t.column("seats", .integer)
            t.column("rank", .integer)
            t.column("reason_code", .text).notNull()
            t.column("explanation", .text).notNull()
            t.column("priority_score", .integer)
            t.primaryKey(["run_id", "application_id"])
        }
        try db.create(table: "invites") { t in
            t.column("activity_id", .text).indexed().references("activities").notNull()
            t.column("person_id", .text).indexed().references("people").notNull()
            t.column("uid", .text).notNull().unique()
            t.column("sequence", .integer).notNull().check { $0 >= 0 }
            t.column("last_method", .text).notNull().check { ["REQUEST", "CANCEL"].contains($0) }
            t.column("content_hash", .text).notNull()
            t.column("sent_at", .text).notNull()
            t.column("participation_status", .text)
            t.primaryKey(["activity_id", "person_id"])
        }
        try db.create(table: "attendance") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("activity_id", .text).indexed().references("activities").notNull()
            t.column("person_id", .text).indexed().references("people").notNull()
            t.column("day", .text)
            t.column("meeting_request_id", .text).indexed().references("meeting_requests")
            t.column("status", .text).notNull()
                .check { ["attended", "no_show", "excused", "late_cancellation"].contains($0) }
            t.column("source", .text).notNull()
        }
        try db.execute(
            sql: """
                CREATE UNIQUE INDEX attendance_one_record ON attendance(
                    activity_id, person_id, COALESCE(day, ''), COALESCE(meeting_request_id, ''))
                """)
        try db.create(table: "outcomes") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("activity_id", .text).indexed().references("activities").notNull()
            t.column("enterprise_id", .text).indexed().references("local_enterprises").notNull()
            t.column("partner_enterprise_id", .text).indexed().references("partner_enterprises")
            t.column("meeting_request_id", .text).indexed().references("meeting_requests")
            t.column("kind", .text).notNull()
            t.column("date", .text).notNull()
            t.column("note", .text)
            t.column("rating", .integer).check { $0 == nil || ($0 >= 1 && $0 <= 5) }
        }
        try db.create(table: "audit_log") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("at", .text).notNull()
            t.column("actor", .text).notNull()
            t.column("action", .text).notNull()
            t.column("subject", .text).notNull()
            t.column("detail", .text).notNull()
        }
    }
}
