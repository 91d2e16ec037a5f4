internal import GRDB

extension Migrations {
    /// Attendance, outcomes and costs: when a person checked in, which of the two outcome checks
    /// a record comes from (the one right after the activity, or the second some months later)
    /// and where it came from, one outcome per contact, kind and check, and what each activity
    /// cost the city and, per delegate, the firms.
    static func createAttendance(_ db: Database) throws {
        try db.alter(table: "attendance") { t in
            t.add(column: "checked_in_at", .text)
        }
        try db.alter(table: "outcomes") { t in
            t.add(column: "check_round", .text).notNull().defaults(to: "initial")
                .check { ["initial", "follow_up"].contains($0) }
            t.add(column: "source", .text).notNull().defaults(to: "")
        }
        try db.execute(
            sql: """
                CREATE UNIQUE INDEX outcomes_one_record ON outcomes(
                    activity_id, enterprise_id, COALESCE(partner_enterprise_id, ''), COALESCE(meeting_request_id, ''),
                    kind, check_round)
                """)
        try db.create(table: "activity_costs") { t in
            t.primaryKey("activity_id", .text).references("activities", onDelete: .cascade)
            t.column("preparation_hours_hundredths", .integer).notNull().check { $0 >= 0 }
            t.column("hourly_rate_cents", .integer).notNull().check { $0 >= 0 }
            t.column("hall_cents", .integer).notNull().check { $0 >= 0 }
            t.column("service_cents", .integer).notNull().check { $0 >= 0 }
            t.column("sme_cost_per_delegate_cents", .integer).notNull().check { $0 >= 0 }
            t.column("currency", .text).notNull()
            t.column("note", .text)
            t.column("source", .text).notNull()
        }
    }
}
